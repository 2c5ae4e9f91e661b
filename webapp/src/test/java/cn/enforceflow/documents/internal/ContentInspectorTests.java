package cn.enforceflow.documents.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import cn.enforceflow.documents.SampleFiles;
import cn.enforceflow.documents.internal.ContentInspector.Verdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a file is, read from its bytes alone.
 */
class ContentInspectorTests {

	private final ContentInspector inspector = new ContentInspector();

	@TempDir
	Path dir;

	@Test
	void picturesPdfAndOfficeFilesAreAllowed() throws IOException {
		assertThat(type(SampleFiles.jpeg())).isEqualTo(AllowedType.JPEG);
		assertThat(type(SampleFiles.png())).isEqualTo(AllowedType.PNG);
		assertThat(type(SampleFiles.heic())).isEqualTo(AllowedType.HEIC);
		assertThat(type(SampleFiles.pdf())).isEqualTo(AllowedType.PDF);
		assertThat(type(SampleFiles.docx())).isEqualTo(AllowedType.DOCX);
		assertThat(type(SampleFiles.xls())).isEqualTo(AllowedType.XLS);
	}

	@Test
	void programsScriptsAndMarkupAreRefused() throws IOException {
		assertThat(verdict(SampleFiles.windowsExecutable())).isEqualTo(Verdict.NOT_ALLOWED);
		assertThat(verdict(SampleFiles.linuxExecutable())).isEqualTo(Verdict.NOT_ALLOWED);
		assertThat(verdict(SampleFiles.html())).isEqualTo(Verdict.NOT_ALLOWED);
		assertThat(verdict("just text".getBytes())).isEqualTo(Verdict.NOT_ALLOWED);
	}

	@Test
	void aZipIsNotAnOfficeFileUnlessItIsOne() throws IOException {
		assertThat(verdict(SampleFiles.zipOfAScript())).isEqualTo(Verdict.NOT_ALLOWED);
		assertThat(verdict(SampleFiles.wordWithMacros())).isEqualTo(Verdict.MACROS);
	}

	@Test
	void anOle2ContainerMustHoldWordExcelOrPowerPoint() throws IOException {
		assertThat(verdict(SampleFiles.oleContainerOfSomethingElse())).isEqualTo(Verdict.NOT_ALLOWED);
	}

	@Test
	void aBrokenContainerIsUnreadable() throws IOException {
		byte[] docx = SampleFiles.docx();
		byte[] truncated = java.util.Arrays.copyOf(docx, docx.length / 2);
		assertThat(verdict(truncated)).isIn(Verdict.UNREADABLE, Verdict.NOT_ALLOWED);
	}

	private AllowedType type(byte[] bytes) throws IOException {
		ContentInspector.Inspection inspection = this.inspector.inspect(write(bytes));
		assertThat(inspection.verdict()).isEqualTo(Verdict.ALLOWED);
		return inspection.type();
	}

	private Verdict verdict(byte[] bytes) throws IOException {
		return this.inspector.inspect(write(bytes)).verdict();
	}

	private Path write(byte[] bytes) throws IOException {
		return Files.write(Files.createTempFile(this.dir, "file", ".bin"), bytes);
	}

}
