package cn.enforceflow.documents;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * The text of a PDF as poppler's {@code pdftotext} reads it — what a reader's copy and
 * paste, a search index or an archive system would get.
 */
public final class PdfText {

	private static final Path PDFTOTEXT = Path.of("/usr/bin/pdftotext");

	private PdfText() {
	}

	/** The text, with every blank and line break removed (lines wrap anywhere). */
	public static String of(byte[] pdf) {
		if (!Files.isExecutable(PDFTOTEXT)) {
			throw new IllegalStateException("poppler-utils' pdftotext is needed (apt-get install poppler-utils)");
		}
		try {
			Path dir = Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir")));
			Path file = Files.createTempFile(dir, "document-", ".pdf");
			try {
				Files.write(file, pdf);
				Process process = new ProcessBuilder(PDFTOTEXT.toString(), "-enc", "UTF-8", file.toString(), "-")
					.redirectErrorStream(true)
					.start();
				byte[] out = process.getInputStream().readAllBytes();
				if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0) {
					throw new IllegalStateException("pdftotext failed: " + new String(out, StandardCharsets.UTF_8));
				}
				return compact(new String(out, StandardCharsets.UTF_8));
			}
			finally {
				Files.deleteIfExists(file);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** A text without blanks and line breaks, to compare with what pdftotext found. */
	public static String compact(String text) {
		return text.replaceAll("[\\s\\u3000]+", "");
	}

}
