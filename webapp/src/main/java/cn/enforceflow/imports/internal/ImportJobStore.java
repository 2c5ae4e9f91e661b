package cn.enforceflow.imports.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import cn.enforceflow.imports.ImportError;
import cn.enforceflow.imports.ImportJob;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The import jobs in table {@code import_job}, by plain SQL: the staged file's bytes and
 * the errors (JSON) are large columns whose types differ between H2 and MySQL. Each
 * statement outside a transaction commits at once, which is how a background job's
 * progress becomes visible to every node while it runs.
 */
@Repository
class ImportJobStore {

	static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	private static final String COLUMNS = "id, target, status, filename, started_by, created_at, total, processed, "
			+ "imported, updated, errors_json";

	private static final TypeReference<List<ImportError>> ERRORS = new TypeReference<>() {
	};

	private final JdbcTemplate jdbc;

	private final ObjectMapper json;

	ImportJobStore(JdbcTemplate jdbc, ObjectMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	void insert(ImportJob job, byte[] content) {
		this.jdbc.update(
				"insert into import_job (id, target, status, filename, started_by, created_at, total, processed,"
						+ " imported, updated, errors_json, content) values (?, ?, ?, ?, ?, ?, ?, 0, 0, 0, null, ?)",
				job.jobId(), job.target(), job.status().name(), job.filename(), job.startedBy(),
				LocalDateTime.ofInstant(job.createdAt(), ZONE), job.total(), content);
	}

	Optional<ImportJob> find(String id) {
		return this.jdbc.query("select " + COLUMNS + " from import_job where id = ?", this::job, id)
			.stream()
			.findFirst();
	}

	Optional<byte[]> content(String id) {
		return this.jdbc.query("select content from import_job where id = ?", (rs, n) -> rs.getBytes(1), id)
			.stream()
			.findFirst();
	}

	/** Moves a staged job on, once: false when it is not staged (any more). */
	boolean claim(String id, ImportJob.Status to, int total) {
		return this.jdbc.update("update import_job set status = ?, total = ? where id = ? and status = ?", to.name(),
				total, id, ImportJob.Status.STAGED.name()) == 1;
	}

	void progress(String id, int processed) {
		this.jdbc.update("update import_job set processed = ? where id = ?", processed, id);
	}

	/** How a job ended; the file it kept is no longer needed. */
	void finish(String id, ImportJob.Status status, int processed, int imported, int updated,
			List<ImportError> errors) {
		this.jdbc.update(
				"update import_job set status = ?, processed = ?, imported = ?, updated = ?, errors_json = ?,"
						+ " content = null, finished_at = ? where id = ?",
				status.name(), processed, imported, updated, errors.isEmpty() ? null : write(errors),
				LocalDateTime.now(ZONE), id);
	}

	private ImportJob job(ResultSet rs, int row) throws SQLException {
		Instant created = rs.getObject("created_at", LocalDateTime.class).atZone(ZONE).toInstant();
		String errors = rs.getString("errors_json");
		return new ImportJob(rs.getString("id"), rs.getString("target"),
				ImportJob.Status.valueOf(rs.getString("status")), rs.getString("filename"), rs.getString("started_by"),
				created, rs.getInt("total"), rs.getInt("processed"), rs.getInt("imported"), rs.getInt("updated"),
				(errors != null) ? read(errors) : List.of());
	}

	private String write(List<ImportError> errors) {
		try {
			return this.json.writeValueAsString(errors);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private List<ImportError> read(String errors) {
		try {
			return this.json.readValue(errors, ERRORS);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException("import_job.errors_json is not a list of errors", ex);
		}
	}

}
