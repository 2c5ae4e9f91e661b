package cn.enforceflow.imports.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.IntConsumer;

import cn.enforceflow.audit.AuditRecord;
import cn.enforceflow.audit.AuditTrail;
import cn.enforceflow.imports.BackgroundImports;
import cn.enforceflow.imports.ExportFormat;
import cn.enforceflow.imports.ExportedFile;
import cn.enforceflow.imports.ImportError;
import cn.enforceflow.imports.ImportJob;
import cn.enforceflow.imports.ImportOutcome;
import cn.enforceflow.imports.ImportOutcome.PlannedRow;
import cn.enforceflow.imports.ImportPlan;
import cn.enforceflow.imports.ImportRow;
import cn.enforceflow.imports.ImportService;
import cn.enforceflow.imports.ImportTarget;
import cn.enforceflow.imports.RowErrors;
import cn.enforceflow.imports.UploadedFile;
import cn.enforceflow.platform.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

@Service
class SpreadsheetImportService implements ImportService {

	private static final Logger log = LoggerFactory.getLogger(SpreadsheetImportService.class);

	/** A background job writes its progress every so many rows. */
	static final int PROGRESS_EVERY = 250;

	private final ImportJobStore jobs;

	private final AuditTrail audit;

	private final BackgroundImports background;

	private final TransactionTemplate transaction;

	private final Clock clock;

	SpreadsheetImportService(ImportJobStore jobs, AuditTrail audit, BackgroundImports background,
			PlatformTransactionManager transactions, Clock clock) {
		this.jobs = jobs;
		this.audit = audit;
		this.background = background;
		this.transaction = new TransactionTemplate(transactions);
		this.clock = clock;
	}

	@Override
	public <T> ImportOutcome importFile(ImportTarget<T> target, UploadedFile file, boolean dryRun, String by) {
		ImportFile read = ImportFile.read(target, file);
		if (!read.errors.isEmpty()) {
			return new ImportOutcome.Rejected(read.errors);
		}
		if (!dryRun && read.rows.size() > MAX_ROWS_AT_ONCE) {
			String id = newJob(target, file, by, ImportJob.Status.RUNNING, read.rows.size(), null);
			this.background.submit(() -> run(id, target, read, file.filename(), by));
			return new ImportOutcome.Started(id);
		}
		Checked<T> checked = check(target, read, (processed) -> {
		});
		if (!checked.errors().isEmpty()) {
			return new ImportOutcome.Rejected(checked.errors());
		}
		if (dryRun) {
			return preview(target, checked, null);
		}
		return this.transaction.execute((status) -> apply(target, checked, file.filename(), by, null));
	}

	@Override
	public <T> String stage(ImportTarget<T> target, UploadedFile file, String by) {
		return newJob(target, file, by, ImportJob.Status.STAGED, 0, file.content());
	}

	@Override
	public <T> ImportOutcome staged(ImportTarget<T> target, String jobId, String by) {
		StagedFile staged = stagedFile(target, jobId);
		ImportFile read = ImportFile.read(target, staged.file());
		if (!read.errors.isEmpty()) {
			return new ImportOutcome.Rejected(read.errors);
		}
		Checked<T> checked = check(target, read, (processed) -> {
		});
		return checked.errors().isEmpty() ? preview(target, checked, jobId)
				: new ImportOutcome.Rejected(checked.errors());
	}

	@Override
	public <T> ImportOutcome confirm(ImportTarget<T> target, String jobId, String by) {
		StagedFile staged = stagedFile(target, jobId);
		ImportFile read = ImportFile.read(target, staged.file());
		if (!read.errors.isEmpty()) {
			return new ImportOutcome.Rejected(read.errors);
		}
		if (read.rows.size() > MAX_ROWS_AT_ONCE) {
			if (!this.jobs.claim(jobId, ImportJob.Status.RUNNING, read.rows.size())) {
				throw new NotFoundException("import.job.notStaged", jobId);
			}
			this.background.submit(() -> run(jobId, target, read, staged.job().filename(), by));
			return new ImportOutcome.Started(jobId);
		}
		Checked<T> checked = check(target, read, (processed) -> {
		});
		if (!checked.errors().isEmpty()) {
			return new ImportOutcome.Rejected(checked.errors());
		}
		return this.transaction.execute((status) -> {
			if (!this.jobs.claim(jobId, ImportJob.Status.RUNNING, read.rows.size())) {
				throw new NotFoundException("import.job.notStaged", jobId);
			}
			return apply(target, checked, staged.job().filename(), by, jobId);
		});
	}

	@Override
	public Optional<ImportJob> job(String jobId) {
		return this.jobs.find(jobId);
	}

	@Override
	public <T> ExportedFile export(ImportTarget<T> target, ExportFormat format) {
		List<String> headers = target.columns().stream().map((column) -> column.header()).toList();
		List<List<String>> rows = target.exportRows();
		byte[] content = (format == ExportFormat.CSV) ? SpreadsheetWriter.csv(headers, rows)
				: SpreadsheetWriter.xlsx(target.exportName(), headers, rows);
		String date = this.clock.instant().atZone(ImportJobStore.ZONE).toLocalDate().toString().replace("-", "");
		return new ExportedFile(target.exportName() + "-" + date + "." + format.extension(), format.contentType(),
				content);
	}

	/**
	 * A background job: checks every row (writing its progress as it goes), then applies
	 * the whole file in one transaction that also ends the job, or ends it as failed.
	 */
	private <T> void run(String jobId, ImportTarget<T> target, ImportFile read, String filename, String by) {
		int total = read.rows.size();
		try {
			Checked<T> checked = check(target, read, (processed) -> this.jobs.progress(jobId, processed));
			if (!checked.errors().isEmpty()) {
				this.jobs.finish(jobId, ImportJob.Status.FAILED, total, 0, 0, checked.errors());
				return;
			}
			this.transaction.executeWithoutResult((status) -> apply(target, checked, filename, by, jobId));
		}
		catch (DataIntegrityViolationException ex) {
			log.warn("Import job {} of {} conflicted with another change", jobId, target.name(), ex);
			this.jobs.finish(jobId, ImportJob.Status.FAILED, total, 0, 0,
					List.of(ImportError.ofFile("import.job.conflict")));
		}
		catch (RuntimeException ex) {
			log.error("Import job {} of {} failed", jobId, target.name(), ex);
			this.jobs.finish(jobId, ImportJob.Status.FAILED, total, 0, 0,
					List.of(ImportError.ofFile("import.job.failed")));
		}
	}

	/**
	 * In the caller's transaction: plans again, applies, records the job and the audit
	 * entry.
	 */
	private <T> ImportOutcome.Applied apply(ImportTarget<T> target, Checked<T> checked, String filename, String by,
			String jobId) {
		ImportPlan<T> plan = target.plan(checked.items());
		if (!plan.changesNothing()) {
			target.apply(plan);
			Map<String, Object> after = new LinkedHashMap<>();
			after.put("target", target.name());
			after.put("file", filename);
			after.put("rows", checked.items().size());
			after.put("imported", plan.toAdd().size());
			after.put("updated", plan.toChange().size());
			after.put("added", plan.toAdd().stream().map(target::keyOf).limit(200).toList());
			after.put("changed", plan.toChange().stream().map(target::keyOf).limit(200).toList());
			this.audit.record(AuditRecord.of(by, IMPORTED)
				.withSubject("CATALOG", target.name())
				.withChange(null, after)
				.withDetail(abbreviate(filename)));
		}
		if (jobId != null) {
			this.jobs.finish(jobId, ImportJob.Status.SUCCEEDED, checked.items().size(), plan.toAdd().size(),
					plan.toChange().size(), List.of());
		}
		log.info("Import into {} from {} by {}: {} added, {} changed", target.name(), filename, by, plan.toAdd().size(),
				plan.toChange().size());
		return new ImportOutcome.Applied(plan.toAdd().size(), plan.toChange().size());
	}

	private <T> ImportOutcome.Preview preview(ImportTarget<T> target, Checked<T> checked, String jobId) {
		ImportPlan<T> plan = target.plan(checked.items());
		return new ImportOutcome.Preview(jobId, checked.items().size(), planned(target, plan.toAdd(), checked),
				planned(target, plan.toChange(), checked));
	}

	private static <T> List<PlannedRow> planned(ImportTarget<T> target, List<T> items, Checked<T> checked) {
		return items.stream()
			.map((item) -> new PlannedRow(checked.rows().getOrDefault(target.keyOf(item), 0), target.keyOf(item),
					target.labelOf(item)))
			.toList();
	}

	/** Every row through the target, with the file's own problems and duplicate keys. */
	private static <T> Checked<T> check(ImportTarget<T> target, ImportFile read, IntConsumer progress) {
		List<ImportError> errors = new ArrayList<>();
		List<T> items = new ArrayList<>();
		Map<String, Integer> rows = new HashMap<>();
		int processed = 0;
		for (ImportRow row : read.rows) {
			RowErrors problems = new RowErrors(row.number(), read.headers);
			List<ImportError> own = read.rowErrors.getOrDefault(row.number(), List.of());
			T item = target.parse(row, problems);
			String key = row.get(target.keyColumn());
			if (!key.isBlank()) {
				Integer first = rows.putIfAbsent(key, row.number());
				if (first != null) {
					problems.reject(target.keyColumn(), "import.row.duplicateKey", key, first);
				}
			}
			errors.addAll(own);
			errors.addAll(problems.errors());
			if (own.isEmpty() && problems.isEmpty() && item != null) {
				items.add(item);
			}
			if (++processed % PROGRESS_EVERY == 0) {
				progress.accept(processed);
			}
		}
		progress.accept(processed);
		return new Checked<>(items, rows, errors);
	}

	private <T> String newJob(ImportTarget<T> target, UploadedFile file, String by, ImportJob.Status status, int total,
			byte[] content) {
		String id = UUID.randomUUID().toString();
		this.jobs.insert(new ImportJob(id, target.name(), status, abbreviate(file.filename()), by, this.clock.instant(),
				total, 0, 0, 0, List.of()), content);
		return id;
	}

	private <T> StagedFile stagedFile(ImportTarget<T> target, String jobId) {
		ImportJob job = this.jobs.find(jobId)
			.filter((found) -> found.target().equals(target.name()))
			.orElseThrow(() -> new NotFoundException("import.job.notFound", jobId));
		if (job.status() != ImportJob.Status.STAGED) {
			throw new NotFoundException("import.job.notStaged", jobId);
		}
		byte[] content = this.jobs.content(jobId).orElse(new byte[0]);
		return new StagedFile(job, new UploadedFile(job.filename(), content));
	}

	private static String abbreviate(String filename) {
		return (filename.codePointCount(0, filename.length()) <= 200) ? filename
				: filename.substring(0, filename.offsetByCodePoints(0, 200));
	}

	private record Checked<T>(List<T> items, Map<String, Integer> rows, List<ImportError> errors) {

	}

	private record StagedFile(ImportJob job, UploadedFile file) {

	}

}
