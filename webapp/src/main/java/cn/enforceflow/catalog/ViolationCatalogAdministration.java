package cn.enforceflow.catalog;

import java.util.List;

import cn.enforceflow.imports.ExportFormat;
import cn.enforceflow.imports.ExportedFile;
import cn.enforceflow.imports.ImportOutcome;
import cn.enforceflow.imports.UploadedFile;

/**
 * What administrators do with the violation catalog: import it from a spreadsheet (with a
 * preview first), export it, and the demo's first matters.
 */
public interface ViolationCatalogAdministration {

	/**
	 * Checks and (unless a dry run) imports a file; more than
	 * {@link cn.enforceflow.imports.ImportService#MAX_ROWS_AT_ONCE} rows start a
	 * background job.
	 */
	ImportOutcome importFile(UploadedFile file, boolean dryRun, String by);

	/** Keeps a file to preview and confirm; answers its job id. */
	String stage(UploadedFile file, String by);

	/** The preview of a file kept by {@link #stage}. */
	ImportOutcome staged(String jobId, String by);

	/** Imports a file kept by {@link #stage}. */
	ImportOutcome confirm(String jobId, String by);

	ExportedFile export(ExportFormat format);

	/**
	 * Registers matters whose code is not in the catalog yet, leaving the others alone
	 * (the demo's seed: restarting never overwrites what an administrator imported).
	 * @return how many were registered
	 */
	int registerMissing(List<ViolationMatter> matters);

}
