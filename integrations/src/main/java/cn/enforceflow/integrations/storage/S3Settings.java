package cn.enforceflow.integrations.storage;

import java.net.URI;
import java.util.Objects;

/**
 * Where an S3-compatible store is and how to sign in to it. None of it has a default:
 * production names every value (the access and secret key from the environment).
 *
 * @param endpoint e.g. {@code https://minio.internal:9000}
 * @param region the signing region; MinIO accepts any, e.g. {@code cn-north-1}
 * @param bucket an existing bucket
 * @param accessKey the access key id
 * @param secretKey the secret key; never printed
 * @param pathStyle whether the bucket goes in the path ({@code endpoint/bucket/key}), as
 * MinIO expects, rather than in the host name
 */
public record S3Settings(URI endpoint, String region, String bucket, String accessKey, String secretKey,
		boolean pathStyle) {

	public S3Settings {
		Objects.requireNonNull(endpoint, "enforceflow.storage.s3.endpoint is required");
		require(region, "region");
		require(bucket, "bucket");
		require(accessKey, "access-key");
		require(secretKey, "secret-key");
	}

	private static void require(String value, String name) {
		if (value == null || value.isBlank()) {
			throw new IllegalArgumentException("enforceflow.storage.s3." + name + " is required");
		}
	}

	@Override
	public String toString() {
		return "S3Settings[endpoint=" + this.endpoint + ", region=" + this.region + ", bucket=" + this.bucket
				+ ", accessKey=" + this.accessKey + ", pathStyle=" + this.pathStyle + "]";
	}

}
