package cn.enforceflow.integrations.storage;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class FileSystemObjectStorageTests {

	@TempDir
	Path dir;

	@Test
	void storesAndReadsBackAnObjectUnderItsKey() throws IOException {
		ObjectStorage storage = new FileSystemObjectStorage(this.dir.resolve("files"));
		byte[] bytes = "检查记录".getBytes(StandardCharsets.UTF_8);

		storage.put("documents/2026/abc/v1.pdf", new ByteArrayInputStream(bytes), bytes.length, "application/pdf");

		assertThat(this.dir.resolve("files/documents/2026/abc/v1.pdf")).hasBinaryContent(bytes);
		assertThat(storage.exists("documents/2026/abc/v1.pdf")).isTrue();
		try (InputStream in = storage.get("documents/2026/abc/v1.pdf")) {
			assertThat(in.readAllBytes()).isEqualTo(bytes);
		}
	}

	@Test
	void neverOverwritesAnObject() {
		ObjectStorage storage = new FileSystemObjectStorage(this.dir);
		storage.put("a/b", stream("first"), 5, "text/plain");

		assertThatExceptionOfType(StorageException.class)
			.isThrownBy(() -> storage.put("a/b", stream("second"), 6, "text/plain"))
			.withMessageContaining("exists already");
		assertThat(this.dir.resolve("a/b")).hasContent("first");
		assertThat(this.dir.resolve(".incoming")).isEmptyDirectory();
	}

	@Test
	void aShortWriteLeavesNothingUnderTheKey() {
		ObjectStorage storage = new FileSystemObjectStorage(this.dir);

		assertThatExceptionOfType(StorageException.class)
			.isThrownBy(() -> storage.put("a/short", stream("12345"), 10, "text/plain"));
		assertThat(storage.exists("a/short")).isFalse();
		assertThat(this.dir.resolve(".incoming")).isEmptyDirectory();
	}

	@Test
	void aMissingObjectIsNotFound() {
		ObjectStorage storage = new FileSystemObjectStorage(this.dir);

		assertThatExceptionOfType(ObjectNotFoundException.class).isThrownBy(() -> storage.get("no/such"));
		assertThat(storage.exists("no/such")).isFalse();
	}

	@Test
	void deletesAnObjectAndIgnoresAMissingOne() {
		ObjectStorage storage = new FileSystemObjectStorage(this.dir);
		storage.put("x/y", stream("z"), 1, "text/plain");

		storage.delete("x/y");
		storage.delete("x/y");

		assertThat(storage.exists("x/y")).isFalse();
	}

	@ParameterizedTest
	@ValueSource(strings = { "../outside", "a/../../outside", "/etc/passwd", "a//b", "a/", "", ".hidden", "a/./b",
			"a\\..\\b", "文件.jpg", "a b", "a/.incoming", "C:/x" })
	void refusesKeysThatCouldLeaveTheDirectory(String key) {
		ObjectStorage storage = new FileSystemObjectStorage(this.dir.resolve("files"));

		assertThatIllegalArgumentException().isThrownBy(() -> storage.put(key, stream("x"), 1, "text/plain"));
		assertThatIllegalArgumentException().isThrownBy(() -> storage.get(key));
		assertThatIllegalArgumentException().isThrownBy(() -> storage.delete(key));
		assertThat(this.dir.resolve("outside")).doesNotExist();
	}

	@Test
	void aLinkLeadingOutOfTheDirectoryIsRefused() throws IOException {
		Path outside = Files.createDirectories(this.dir.resolve("outside"));
		Files.writeString(outside.resolve("secret"), "secret");
		Path root = Files.createDirectories(this.dir.resolve("files"));
		Files.createSymbolicLink(root.resolve("escape"), outside);
		ObjectStorage storage = new FileSystemObjectStorage(root);

		assertThatExceptionOfType(StorageException.class).isThrownBy(() -> storage.get("escape/secret"));
		assertThatExceptionOfType(StorageException.class)
			.isThrownBy(() -> storage.put("escape/planted", stream("x"), 1, "text/plain"));
		assertThat(outside.resolve("planted")).doesNotExist();
		try (Stream<Path> files = Files.list(outside)) {
			assertThat(files).hasSize(1);
		}
	}

	private static InputStream stream(String text) {
		return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
	}

}
