package cn.enforceflow.documents.internal;

import java.io.InputStream;

import cn.enforceflow.integrations.storage.ObjectStorage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Keeps the object store in step with the transaction that records what it holds: an
 * object stored in a transaction that rolls back is removed again, and an object whose
 * row is deleted goes only once that deletion has committed.
 */
@Component
class StoredObjects {

	private static final Logger log = LoggerFactory.getLogger(StoredObjects.class);

	private final ObjectStorage storage;

	StoredObjects(ObjectStorage storage) {
		this.storage = storage;
	}

	/** Stores an object that goes away again unless the current transaction commits. */
	void putInTransaction(String key, InputStream content, long length, String contentType) {
		requireTransaction();
		this.storage.put(key, content, length, contentType);
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCompletion(int status) {
				if (status != STATUS_COMMITTED) {
					deleteQuietly(key);
				}
			}
		});
	}

	/** Deletes an object once the current transaction has committed. */
	void deleteAfterCommit(String key) {
		requireTransaction();
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				deleteQuietly(key);
			}
		});
	}

	InputStream get(String key) {
		return this.storage.get(key);
	}

	private void deleteQuietly(String key) {
		try {
			this.storage.delete(key);
		}
		catch (RuntimeException ex) {
			// an orphan object is harmless; a row without its object would not be
			log.warn("Could not remove stored object {}: {}", key, ex.getMessage());
		}
	}

	private static void requireTransaction() {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			throw new IllegalStateException("Objects are stored and removed within a transaction");
		}
	}

}
