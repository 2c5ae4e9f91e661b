package cn.enforceflow.integrations.storage;

import java.io.InputStream;

/**
 * A store of immutable objects addressed by key. The application decides the keys (never
 * from a user's file name) and keeps what they mean in its own tables; the store only
 * keeps bytes. Keys are checked by {@link StorageKeys}.
 */
public interface ObjectStorage {

	/**
	 * Stores an object under a new key.
	 * @param key a key no object has yet
	 * @param content the bytes; read to the end, not closed
	 * @param length the number of bytes the content holds
	 * @param contentType the media type, kept as metadata where the store can
	 * @throws StorageException when the key is taken, the content is not {@code length}
	 * bytes long, or the store fails; nothing is left under the key then
	 */
	void put(String key, InputStream content, long length, String contentType);

	/**
	 * The bytes of an object; the caller closes the stream.
	 * @throws ObjectNotFoundException when no object has the key
	 */
	InputStream get(String key);

	boolean exists(String key);

	/** Removes an object; nothing happens when there is none. */
	void delete(String key);

	/** Where the objects are, for the start-up log: never a secret. */
	String describe();

}
