package cn.enforceflow.imports;

import java.util.Optional;

/**
 * Imports a file into a catalog ({@link ImportTarget}) and exports the catalog: every row
 * is checked, a file with any bad row changes nothing, a dry run changes nothing, up to
 * {@value #MAX_ROWS_AT_ONCE} data rows are applied at once and larger files by a
 * background job that applies everything in one transaction at its end. Each import that
 * changes something appends one audit entry.
 */
public interface ImportService {

	int MAX_ROWS_AT_ONCE = 1000;

	/** The audit action of an import that changed something. */
	String IMPORTED = "CATALOG_IMPORTED";

	<T> ImportOutcome importFile(ImportTarget<T> target, UploadedFile file, boolean dryRun, String by);

	/**
	 * Keeps a file for {@link #staged} to preview and {@link #confirm} to import.
	 * @return the staged file's job id
	 */
	<T> String stage(ImportTarget<T> target, UploadedFile file, String by);

	/** The preview of a staged file, for whoever staged it. */
	<T> ImportOutcome staged(ImportTarget<T> target, String jobId, String by);

	/** Imports a staged file, once. */
	<T> ImportOutcome confirm(ImportTarget<T> target, String jobId, String by);

	Optional<ImportJob> job(String jobId);

	<T> ExportedFile export(ImportTarget<T> target, ExportFormat format);

}
