package cn.enforceflow.integrations.storage;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Random;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The S3 adapter against a real S3-compatible server ({@link RealS3Server}): what the
 * application relies on of any {@link ObjectStorage} — bytes back as stored, never an
 * overwrite, nothing left by a failed upload, a missing key told apart from a failing
 * store — with the server checking every request's signature.
 */
class S3ObjectStorageTests {

	@TempDir
	static Path dir;

	private static RealS3Server server;

	private S3ObjectStorage storage;

	private String bucket;

	@BeforeAll
	static void startServer() throws Exception {
		server = RealS3Server.start(dir);
	}

	@AfterAll
	static void stopServer() {
		server.close();
	}

	@BeforeEach
	void createBucket(TestInfo test) {
		this.bucket = "enforceflow-" + Math.abs(test.getDisplayName().hashCode());
		// created in the default region: a bucket elsewhere needs a location the store
		// may not know
		S3Settings settings = server.settings(this.bucket);
		try (S3Client admin = S3ObjectStorage.client(new S3Settings(settings.endpoint(), "us-east-1", this.bucket,
				settings.accessKey(), settings.secretKey(), true))) {
			admin.createBucket((request) -> request.bucket(this.bucket));
		}
		this.storage = S3ObjectStorage.create(server.settings(this.bucket));
	}

	@Test
	void storesAndReadsBackAnObjectUnderItsKey() throws IOException {
		byte[] bytes = "检查记录 应急检记〔2026〕12号".getBytes(StandardCharsets.UTF_8);

		this.storage.put("documents/2026/abc/v1.pdf", new ByteArrayInputStream(bytes), bytes.length, "application/pdf");

		assertThat(this.storage.exists("documents/2026/abc/v1.pdf")).isTrue();
		try (InputStream in = this.storage.get("documents/2026/abc/v1.pdf")) {
			assertThat(in.readAllBytes()).isEqualTo(bytes);
		}
		try (S3Client admin = S3ObjectStorage.client(server.settings(this.bucket))) {
			HeadObjectResponse head = admin
				.headObject((request) -> request.bucket(this.bucket).key("documents/2026/abc/v1.pdf"));
			assertThat(head.contentType()).isEqualTo("application/pdf");
			assertThat(head.contentLength()).isEqualTo(bytes.length);
		}
	}

	@Test
	void storesAPhotoOfTheLargestAllowedSize() throws IOException {
		byte[] photo = new byte[20 * 1024 * 1024];
		new Random(7).nextBytes(photo);

		this.storage.put("attachments/2026/11/photo", new ByteArrayInputStream(photo), photo.length, "image/jpeg");

		try (InputStream in = this.storage.get("attachments/2026/11/photo")) {
			assertThat(in.readAllBytes()).isEqualTo(photo);
		}
	}

	@Test
	void neverOverwritesAnObject() throws IOException {
		this.storage.put("a/b", stream("first"), 5, "text/plain");

		assertThatExceptionOfType(StorageException.class)
			.isThrownBy(() -> this.storage.put("a/b", stream("second"), 6, "text/plain"))
			.withMessageContaining("exists already");
		try (InputStream in = this.storage.get("a/b")) {
			assertThat(in.readAllBytes()).asString(StandardCharsets.UTF_8).isEqualTo("first");
		}
	}

	@Test
	void aShortUploadLeavesNothingUnderTheKey() {
		assertThatExceptionOfType(StorageException.class)
			.isThrownBy(() -> this.storage.put("a/short", stream("12345"), 10, "text/plain"));

		assertThat(this.storage.exists("a/short")).isFalse();
	}

	@Test
	void aMissingObjectIsNotFound() {
		assertThatExceptionOfType(ObjectNotFoundException.class).isThrownBy(() -> this.storage.get("no/such"));
		assertThat(this.storage.exists("no/such")).isFalse();
	}

	@Test
	void deletesAnObjectAndIgnoresAMissingOne() {
		this.storage.put("x/y", stream("z"), 1, "text/plain");

		this.storage.delete("x/y");
		this.storage.delete("x/y");

		assertThat(this.storage.exists("x/y")).isFalse();
	}

	@Test
	void aWrongSecretIsAFailingStoreNotAMissingObject() {
		this.storage.put("a/b", stream("x"), 1, "text/plain");
		S3Settings right = server.settings(this.bucket);
		S3Settings wrong = new S3Settings(right.endpoint(), right.region(), right.bucket(), right.accessKey(),
				"not-the-secret", true);

		try (S3ObjectStorage intruder = S3ObjectStorage.create(wrong)) {
			assertThatExceptionOfType(StorageException.class).isThrownBy(() -> intruder.get("a/b"))
				.isNotInstanceOf(ObjectNotFoundException.class);
			assertThatExceptionOfType(StorageException.class).isThrownBy(() -> intruder.exists("a/b"));
			assertThatExceptionOfType(StorageException.class)
				.isThrownBy(() -> intruder.put("a/c", stream("y"), 1, "text/plain"));
			assertThatExceptionOfType(StorageException.class).isThrownBy(() -> intruder.delete("a/b"));
		}
		assertThat(this.storage.exists("a/b")).isTrue();
		assertThat(this.storage.exists("a/c")).isFalse();
	}

	@Test
	void aMissingBucketIsAFailingStore() {
		S3Settings right = server.settings(this.bucket);
		S3Settings missing = new S3Settings(right.endpoint(), right.region(), "no-such-bucket", right.accessKey(),
				right.secretKey(), true);

		try (S3ObjectStorage lost = S3ObjectStorage.create(missing)) {
			assertThatExceptionOfType(StorageException.class)
				.isThrownBy(() -> lost.put("a/b", stream("x"), 1, "text/plain"));
		}
	}

	private static InputStream stream(String text) {
		return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
	}

}
