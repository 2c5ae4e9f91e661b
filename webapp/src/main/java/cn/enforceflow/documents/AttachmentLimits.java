package cn.enforceflow.documents;

import java.util.List;

/**
 * What an upload may be, for the pages to tell people before they try.
 *
 * @param maxFileSize bytes per file
 * @param maxRequestSize bytes of one upload altogether
 * @param maxFiles files per upload
 * @param accept the {@code accept} attribute of a file input: the types allowed
 */
public record AttachmentLimits(long maxFileSize, long maxRequestSize, int maxFiles, String accept) {

	/**
	 * The per-file limit in whole megabytes, as text (MessageFormat would group digits).
	 */
	public String maxFileSizeMegabytes() {
		return String.valueOf(this.maxFileSize / (1024 * 1024));
	}

	public String maxRequestSizeMegabytes() {
		return String.valueOf(this.maxRequestSize / (1024 * 1024));
	}

	/** The file extensions allowed, for the page. */
	public static final List<String> EXTENSIONS = List.of("jpg", "jpeg", "png", "heic", "heif", "webp", "pdf", "doc",
			"docx", "xls", "xlsx", "ppt", "pptx");

}
