package cn.enforceflow.imports;

import java.util.Locale;
import java.util.Optional;

/** The file types an export writes and an import reads. */
public enum ExportFormat {

	XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),

	CSV("csv", "text/csv;charset=UTF-8");

	private final String extension;

	private final String contentType;

	ExportFormat(String extension, String contentType) {
		this.extension = extension;
		this.contentType = contentType;
	}

	public String extension() {
		return this.extension;
	}

	public String contentType() {
		return this.contentType;
	}

	/** The format named in a request ({@code xlsx}, {@code csv}). */
	public static Optional<ExportFormat> of(String name) {
		for (ExportFormat format : values()) {
			if (format.extension.equals((name != null) ? name.strip().toLowerCase(Locale.ROOT) : "")) {
				return Optional.of(format);
			}
		}
		return Optional.empty();
	}

	/** The format of a file by its name's extension. */
	public static Optional<ExportFormat> ofFilename(String filename) {
		String name = (filename != null) ? filename.strip().toLowerCase(Locale.ROOT) : "";
		int dot = name.lastIndexOf('.');
		return (dot < 0) ? Optional.empty() : of(name.substring(dot + 1));
	}

}
