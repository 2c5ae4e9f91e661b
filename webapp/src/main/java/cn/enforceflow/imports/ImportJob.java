package cn.enforceflow.imports;

import java.time.Instant;
import java.util.List;

/**
 * An import as the database keeps it: a file staged for confirmation, or a background job
 * with its progress, and how it ended.
 */
public record ImportJob(String jobId, String target, Status status, String filename, String startedBy,
		Instant createdAt, int total, int processed, int imported, int updated, List<ImportError> errors) {

	public ImportJob {
		errors = List.copyOf(errors);
	}

	public enum Status {

		/** Checked and kept, waiting for the administrator to confirm it. */
		STAGED,

		RUNNING,

		SUCCEEDED,

		FAILED

	}

}
