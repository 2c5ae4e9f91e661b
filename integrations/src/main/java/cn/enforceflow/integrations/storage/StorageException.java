package cn.enforceflow.integrations.storage;

/**
 * The object store failed or refused: a taken key, a short write, an unreachable service.
 */
public class StorageException extends RuntimeException {

	public StorageException(String message) {
		super(message);
	}

	public StorageException(String message, Throwable cause) {
		super(message, cause);
	}

}
