package cn.enforceflow.documents.internal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FileNamesTests {

	@Test
	void keepsChineseNamesAsTheyAre() {
		assertThat(FileNames.sanitise("整改后现场照片（仓库）.jpg")).isEqualTo("整改后现场照片（仓库）.jpg");
	}

	@Test
	void dropsAnyPath() {
		assertThat(FileNames.sanitise("../../etc/passwd")).isEqualTo("passwd");
		assertThat(FileNames.sanitise("..\\..\\Windows\\System32\\evil.jpg")).isEqualTo("evil.jpg");
		assertThat(FileNames.sanitise("C:\\Users\\王\\照片.png")).isEqualTo("照片.png");
		assertThat(FileNames.sanitise("..")).isEqualTo(FileNames.UNNAMED);
	}

	@Test
	void dropsControlAndInvisibleFormattingCharacters() {
		// U+202E turns "invoice<RLO>gpj.exe" into what reads as "invoiceexe.jpg"
		assertThat(FileNames.sanitise("invoice\u202Egpj.exe")).isEqualTo("invoicegpj.exe");
		assertThat(FileNames.sanitise("a\u0000b\nc\td.pdf")).isEqualTo("ab c d.pdf");
	}

	@Test
	void replacesReservedCharactersAndTrimsDotsAndBlanks() {
		assertThat(FileNames.sanitise(" <报告>:\"?*|.pdf. ")).isEqualTo("_报告______.pdf");
		assertThat(FileNames.sanitise("CON.txt")).isEqualTo("_CON.txt");
		assertThat(FileNames.sanitise(null)).isEqualTo(FileNames.UNNAMED);
		assertThat(FileNames.sanitise("   ")).isEqualTo(FileNames.UNNAMED);
	}

	@Test
	void shortensLongNamesKeepingTheExtension() {
		String name = FileNames.sanitise("很".repeat(300) + ".docx");
		assertThat(name.codePointCount(0, name.length())).isEqualTo(FileNames.MAX_LENGTH);
		assertThat(name).endsWith("很很.docx");
	}

	@Test
	void givesAFileTheExtensionOfWhatItIs() {
		assertThat(FileNames.withExtension("photo.JPG", AllowedType.JPEG)).isEqualTo("photo.JPG");
		assertThat(FileNames.withExtension("invoicegpj.exe", AllowedType.JPEG)).isEqualTo("invoicegpj.exe.jpg");
		assertThat(FileNames.withExtension("IMG_0001.heic", AllowedType.HEIF)).isEqualTo("IMG_0001.heic");
		assertThat(FileNames.withExtension("扫描件", AllowedType.PDF)).isEqualTo("扫描件.pdf");
	}

}
