package cn.enforceflow.documents.internal;

import java.net.URI;
import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where documents and attachments are stored: files under a directory (the default), or
 * an S3-compatible bucket ({@code enforceflow.storage.type=s3}) named by
 * {@code ENFORCEFLOW_STORAGE_S3_ENDPOINT}, {@code _REGION}, {@code _BUCKET},
 * {@code _ACCESS_KEY} and {@code _SECRET_KEY}, none of which has a default.
 *
 * @param type filesystem or s3
 * @param directory the directory of the filesystem store
 * @param s3 the S3 settings
 */
@ConfigurationProperties("enforceflow.storage")
record StorageProperties(@DefaultValue("filesystem") Type type, Path directory, S3 s3) {

	enum Type {

		FILESYSTEM, S3

	}

	/**
	 * @param pathStyle bucket in the path, as MinIO expects; default true
	 */
	record S3(URI endpoint, String region, String bucket, String accessKey, String secretKey,
			@DefaultValue("true") boolean pathStyle) {

	}

}
