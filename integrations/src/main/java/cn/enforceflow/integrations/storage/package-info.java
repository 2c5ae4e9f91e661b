/**
 * Where the bytes of documents and attachments live: an object store addressed by key,
 * the local filesystem by default or an S3-compatible service (MinIO) in production.
 */
package cn.enforceflow.integrations.storage;
