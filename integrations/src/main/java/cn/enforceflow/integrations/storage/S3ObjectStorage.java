package cn.enforceflow.integrations.storage;

import java.io.InputStream;
import java.io.UncheckedIOException;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.DeleteObjectRequest;
import software.amazon.awssdk.services.s3.model.GetObjectRequest;
import software.amazon.awssdk.services.s3.model.HeadObjectRequest;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * Objects in one bucket of an S3-compatible service (MinIO, or any store speaking the S3
 * API with Signature Version 4). The production option when several nodes share the
 * files; keys are the application's keys unchanged.
 * <p>
 * Checksums are sent and checked only where the operation requires them: the SDK's
 * default (CRC32 on every request) is not understood by every S3-compatible store.
 */
public class S3ObjectStorage implements ObjectStorage, AutoCloseable {

	private final S3Client client;

	private final String bucket;

	private final String endpoint;

	public S3ObjectStorage(S3Client client, String bucket, String endpoint) {
		this.client = client;
		this.bucket = bucket;
		this.endpoint = endpoint;
	}

	/** A client of its own for the settings, over the JDK's HTTP connection. */
	public static S3ObjectStorage create(S3Settings settings) {
		return new S3ObjectStorage(client(settings), settings.bucket(), settings.endpoint().toString());
	}

	static S3Client client(S3Settings settings) {
		return S3Client.builder()
			.httpClient(UrlConnectionHttpClient.create())
			.endpointOverride(settings.endpoint())
			.region(Region.of(settings.region()))
			.credentialsProvider(StaticCredentialsProvider
				.create(AwsBasicCredentials.create(settings.accessKey(), settings.secretKey())))
			.forcePathStyle(settings.pathStyle())
			.requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
			.responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
			.build();
	}

	@Override
	public void put(String key, InputStream content, long length, String contentType) {
		StorageKeys.requireValid(key);
		try {
			this.client.putObject(PutObjectRequest.builder()
				.bucket(this.bucket)
				.key(key)
				.contentType(contentType)
				.contentLength(length)
				.ifNoneMatch("*")
				.build(), RequestBody.fromInputStream(content, length));
		}
		catch (S3Exception ex) {
			if (ex.statusCode() == 412) {
				throw new StorageException("Object " + key + " exists already in bucket " + this.bucket, ex);
			}
			throw new StorageException("Cannot store object " + key + " in bucket " + this.bucket, ex);
		}
		catch (SdkException ex) {
			throw new StorageException("Cannot store object " + key + " in bucket " + this.bucket, ex);
		}
		catch (IllegalStateException | UncheckedIOException ex) {
			// the SDK's own check that the content is as long as announced, or the
			// content
			// failing to be read: the store received no complete object
			throw new StorageException(
					"Cannot store object " + key + ": the content could not be read as " + length + " bytes", ex);
		}
	}

	@Override
	public InputStream get(String key) {
		StorageKeys.requireValid(key);
		try {
			return this.client.getObject(GetObjectRequest.builder().bucket(this.bucket).key(key).build());
		}
		catch (NoSuchKeyException ex) {
			throw new ObjectNotFoundException(key);
		}
		catch (S3Exception ex) {
			if (ex.statusCode() == 404) {
				throw new ObjectNotFoundException(key);
			}
			throw new StorageException("Cannot read object " + key + " in bucket " + this.bucket, ex);
		}
		catch (SdkException ex) {
			throw new StorageException("Cannot read object " + key + " in bucket " + this.bucket, ex);
		}
	}

	@Override
	public boolean exists(String key) {
		StorageKeys.requireValid(key);
		try {
			this.client.headObject(HeadObjectRequest.builder().bucket(this.bucket).key(key).build());
			return true;
		}
		catch (NoSuchKeyException ex) {
			return false;
		}
		catch (S3Exception ex) {
			if (ex.statusCode() == 404) {
				return false;
			}
			throw new StorageException("Cannot look up object " + key + " in bucket " + this.bucket, ex);
		}
		catch (SdkException ex) {
			throw new StorageException("Cannot look up object " + key + " in bucket " + this.bucket, ex);
		}
	}

	@Override
	public void delete(String key) {
		StorageKeys.requireValid(key);
		try {
			// S3 answers a missing key with success as well
			this.client.deleteObject(DeleteObjectRequest.builder().bucket(this.bucket).key(key).build());
		}
		catch (SdkException ex) {
			throw new StorageException("Cannot delete object " + key + " in bucket " + this.bucket, ex);
		}
	}

	@Override
	public String describe() {
		return "bucket " + this.bucket + " at " + this.endpoint;
	}

	@Override
	public void close() {
		this.client.close();
	}

}
