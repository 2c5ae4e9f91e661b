package cn.enforceflow.integrations.storage;

/**
 * No object has the key: it was never stored, or was removed outside the application.
 */
public class ObjectNotFoundException extends StorageException {

	public ObjectNotFoundException(String key) {
		super("No object has the key " + key);
	}

}
