package cn.enforceflow.imports;

import java.util.List;

/** What an import answered. */
public sealed interface ImportOutcome {

	/** Imported: so many items added, so many changed. */
	record Applied(int imported, int updated) implements ImportOutcome {

	}

	/**
	 * A dry run or a staged file: what importing it would do. {@code jobId} names the
	 * staged file to confirm, or is null for a dry run.
	 */
	record Preview(String jobId, int total, List<PlannedRow> toAdd,
			List<PlannedRow> toChange) implements ImportOutcome {

		public Preview {
			toAdd = List.copyOf(toAdd);
			toChange = List.copyOf(toChange);
		}

	}

	/** Nothing was changed, for these reasons. */
	record Rejected(List<ImportError> errors) implements ImportOutcome {

		public Rejected {
			errors = List.copyOf(errors);
		}

	}

	/** Too many rows to answer at once: a background job imports them. */
	record Started(String jobId) implements ImportOutcome {

	}

	/** A row a preview lists: its number in the file, its key and its label. */
	record PlannedRow(int row, String key, String label) {

	}

}
