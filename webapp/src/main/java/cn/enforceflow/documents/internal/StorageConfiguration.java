package cn.enforceflow.documents.internal;

import cn.enforceflow.integrations.storage.FileSystemObjectStorage;
import cn.enforceflow.integrations.storage.ObjectStorage;
import cn.enforceflow.integrations.storage.S3ObjectStorage;
import cn.enforceflow.integrations.storage.S3Settings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Chooses the object store by {@code enforceflow.storage.type}; a store that cannot be
 * set up stops the start-up.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ StorageProperties.class, DocumentProperties.class, AttachmentProperties.class })
class StorageConfiguration {

	private static final Logger log = LoggerFactory.getLogger(StorageConfiguration.class);

	@Bean
	ObjectStorage objectStorage(StorageProperties properties) {
		ObjectStorage storage = switch (properties.type()) {
			case FILESYSTEM -> {
				if (properties.directory() == null) {
					throw new IllegalStateException("enforceflow.storage.directory is required");
				}
				yield new FileSystemObjectStorage(properties.directory());
			}
			case S3 -> {
				StorageProperties.S3 s3 = properties.s3();
				if (s3 == null) {
					throw new IllegalStateException(
							"enforceflow.storage.type=s3 needs enforceflow.storage.s3.endpoint, region, bucket, "
									+ "access-key and secret-key (ENFORCEFLOW_STORAGE_S3_*)");
				}
				yield S3ObjectStorage.create(new S3Settings(s3.endpoint(), s3.region(), s3.bucket(), s3.accessKey(),
						s3.secretKey(), s3.pathStyle()));
			}
		};
		log.info("Documents and attachments are stored as {}", storage.describe());
		return storage;
	}

}
