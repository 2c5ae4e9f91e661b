package cn.enforceflow.integrations.storage;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.UUID;

/**
 * Objects as files under one directory, a key's slashes as sub-directories. A file is
 * written beside the others under a temporary name, forced to disk and then moved to its
 * key, so that a key names either nothing or the whole object; an existing key is never
 * overwritten. Every path is checked to lie inside the directory, also after following
 * links.
 */
public class FileSystemObjectStorage implements ObjectStorage {

	/** Work in progress; no key can name it, since no key segment starts with a dot. */
	private static final String INCOMING = ".incoming";

	private final Path root;

	private final Path realRoot;

	public FileSystemObjectStorage(Path root) {
		try {
			this.root = Files.createDirectories(root.toAbsolutePath().normalize());
			Files.createDirectories(this.root.resolve(INCOMING));
			this.realRoot = this.root.toRealPath();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot create the storage directory " + root, ex);
		}
	}

	@Override
	public void put(String key, InputStream content, long length, String contentType) {
		Path target = pathOf(key);
		Path incoming = this.root.resolve(INCOMING).resolve(UUID.randomUUID().toString());
		try {
			Files.createDirectories(target.getParent());
			requireInside(target.getParent().toRealPath(), key);
			long written;
			try (FileChannel channel = FileChannel.open(incoming, StandardOpenOption.CREATE_NEW,
					StandardOpenOption.WRITE)) {
				OutputStream out = Channels.newOutputStream(channel);
				written = content.transferTo(out);
				out.flush();
				channel.force(true);
			}
			if (written != length) {
				throw new StorageException("Object " + key + " was to be " + length + " bytes, but is " + written);
			}
			// without REPLACE_EXISTING: a taken key fails instead of being overwritten
			Files.move(incoming, target);
		}
		catch (FileAlreadyExistsException ex) {
			throw new StorageException("An object with the key " + key + " exists already", ex);
		}
		catch (IOException ex) {
			throw new StorageException("Cannot store object " + key + " under " + this.root, ex);
		}
		finally {
			deleteQuietly(incoming);
		}
	}

	@Override
	public InputStream get(String key) {
		Path path = pathOf(key);
		try {
			requireInside(path.toRealPath(), key);
			return Files.newInputStream(path);
		}
		catch (NoSuchFileException ex) {
			throw new ObjectNotFoundException(key);
		}
		catch (IOException ex) {
			throw new StorageException("Cannot read object " + key + " under " + this.root, ex);
		}
	}

	@Override
	public boolean exists(String key) {
		return Files.isRegularFile(pathOf(key));
	}

	@Override
	public void delete(String key) {
		Path path = pathOf(key);
		try {
			if (Files.exists(path)) {
				requireInside(path.toRealPath(), key);
			}
			Files.deleteIfExists(path);
		}
		catch (IOException ex) {
			throw new StorageException("Cannot delete object " + key + " under " + this.root, ex);
		}
	}

	@Override
	public String describe() {
		return "files under " + this.root;
	}

	private Path pathOf(String key) {
		Path path = this.root.resolve(StorageKeys.requireValid(key)).normalize();
		// StorageKeys rules out "..", so this holds; checked again because it matters
		if (!path.startsWith(this.root) || path.equals(this.root)) {
			throw new IllegalArgumentException("Not a storage key: " + key);
		}
		return path;
	}

	/** A link inside the directory must not lead out of it. */
	private void requireInside(Path realPath, String key) {
		if (!realPath.startsWith(this.realRoot)) {
			throw new StorageException("Object " + key + " resolves outside " + this.root);
		}
	}

	private static void deleteQuietly(Path path) {
		try {
			Files.deleteIfExists(path);
		}
		catch (IOException ex) {
			// a leftover in .incoming is harmless
		}
	}

}
