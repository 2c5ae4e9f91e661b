package cn.enforceflow.documents.internal;

import java.util.List;

/**
 * The kinds of file an attachment may be, with the media type it is served as and the
 * extensions its name may end with (the first is added when the name has none of them).
 */
enum AllowedType {

	JPEG("image/jpeg", "jpg", "jpeg", "jpe"),

	PNG("image/png", "png"),

	WEBP("image/webp", "webp"),

	/** iPhone photos. */
	HEIC("image/heic", "heic", "heif"),

	HEIF("image/heif", "heif", "heic"),

	PDF("application/pdf", "pdf"),

	DOC("application/msword", "doc"),

	XLS("application/vnd.ms-excel", "xls"),

	PPT("application/vnd.ms-powerpoint", "ppt"),

	DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),

	XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),

	PPTX("application/vnd.openxmlformats-officedocument.presentationml.presentation", "pptx");

	private final String mediaType;

	private final List<String> extensions;

	AllowedType(String mediaType, String... extensions) {
		this.mediaType = mediaType;
		this.extensions = List.of(extensions);
	}

	String mediaType() {
		return this.mediaType;
	}

	List<String> extensions() {
		return this.extensions;
	}

}
