package cn.enforceflow.documents;

import java.util.Objects;

import org.springframework.core.io.InputStreamSource;

/**
 * One file as it arrives: the name the sender gave it (not trusted), its length and its
 * bytes, which may be read more than once (a multipart file on disk is such a source).
 *
 * @param filename the sender's file name, possibly with a path, or null
 * @param size the length in bytes as announced; the bytes are counted again
 * @param content the bytes
 */
public record Upload(String filename, long size, InputStreamSource content) {

	public Upload {
		Objects.requireNonNull(content, "content");
	}

}
