package cn.enforceflow.documents.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * What an upload may be. {@code spring.servlet.multipart.max-file-size} and
 * {@code max-request-size} take these values (application.yml), so that the server stops
 * reading where the application would refuse anyway.
 *
 * @param maxFileSize per file
 * @param maxRequestSize one upload altogether
 * @param maxFiles files per upload
 */
@ConfigurationProperties("enforceflow.attachments")
record AttachmentProperties(@DefaultValue("20MB") DataSize maxFileSize, @DefaultValue("100MB") DataSize maxRequestSize,
		@DefaultValue("10") int maxFiles) {

}
