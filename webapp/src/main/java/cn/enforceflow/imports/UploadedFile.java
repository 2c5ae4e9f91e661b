package cn.enforceflow.imports;

/** A file as an administrator uploaded it: the name it came with and its bytes. */
public record UploadedFile(String filename, byte[] content) {

	public UploadedFile {
		filename = (filename != null) ? filename : "";
		content = (content != null) ? content : new byte[0];
	}

}
