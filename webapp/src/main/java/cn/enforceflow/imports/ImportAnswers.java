package cn.enforceflow.imports;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.enforceflow.platform.web.Problems;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * The API's answer to an import, the same for every catalog: 200 with the counts, 200
 * with a dry run's preview, 422 problem+json listing every error, or 202 with the
 * background job.
 */
@Component
public class ImportAnswers {

	private final Problems problems;

	private final ImportMessages messages;

	ImportAnswers(Problems problems, ImportMessages messages) {
		this.problems = problems;
		this.messages = messages;
	}

	public ResponseEntity<?> of(ImportOutcome outcome, HttpServletRequest request) {
		if (outcome instanceof ImportOutcome.Applied applied) {
			return ResponseEntity.ok(Map.of("imported", applied.imported(), "updated", applied.updated()));
		}
		if (outcome instanceof ImportOutcome.Preview preview) {
			return ResponseEntity.ok(preview(preview));
		}
		if (outcome instanceof ImportOutcome.Rejected rejected) {
			return rejected(rejected.errors(), request);
		}
		ImportOutcome.Started started = (ImportOutcome.Started) outcome;
		return ResponseEntity.accepted()
			.location(URI.create("/api/imports/" + started.jobId()))
			.body(Map.of("jobId", started.jobId()));

	}

	/** 422: nothing was changed, for these reasons. */
	public ResponseEntity<ProblemDetail> rejected(List<ImportError> errors, HttpServletRequest request) {
		ProblemDetail problem = this.problems.problem(request, HttpStatus.UNPROCESSABLE_ENTITY, "import.rejected",
				String.valueOf(errors.size()));
		problem.setProperty("errors", this.messages.answers(errors, this.problems.localeOf(request)));
		return ResponseEntity.unprocessableEntity().body(problem);
	}

	private static Map<String, Object> preview(ImportOutcome.Preview preview) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("dryRun", true);
		body.put("total", preview.total());
		body.put("toAdd", preview.toAdd().size());
		body.put("toChange", preview.toChange().size());
		body.put("adding", preview.toAdd());
		body.put("changing", preview.toChange());
		body.put("errors", List.of());
		return body;
	}

}
