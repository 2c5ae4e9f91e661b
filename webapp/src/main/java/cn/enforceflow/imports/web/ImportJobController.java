package cn.enforceflow.imports.web;

import java.util.List;

import cn.enforceflow.imports.ImportJob;
import cn.enforceflow.imports.ImportMessages;
import cn.enforceflow.imports.ImportService;
import cn.enforceflow.platform.NotFoundException;
import cn.enforceflow.platform.web.Problems;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The state of a background import, for administrators (only they start imports).
 */
@RestController
@Tag(name = "imports", description = "目录导入任务")
class ImportJobController {

	private final ImportService imports;

	private final ImportMessages messages;

	private final Problems problems;

	ImportJobController(ImportService imports, ImportMessages messages, Problems problems) {
		this.imports = imports;
		this.messages = messages;
		this.problems = problems;
	}

	@GetMapping("/api/imports/{jobId}")
	@PreAuthorize("@access.administrator(authentication)")
	@Operation(summary = "导入任务的状态与进度（仅系统管理员）")
	JobView job(@PathVariable String jobId, HttpServletRequest request) {
		ImportJob job = this.imports.job(jobId)
			.filter((found) -> found.status() != ImportJob.Status.STAGED)
			.orElseThrow(() -> new NotFoundException("import.job.notFound", jobId));
		return new JobView(job.jobId(), job.status().name(), job.total(), job.processed(), job.imported(),
				job.updated(), this.messages.answers(job.errors(), this.problems.localeOf(request)));
	}

	record JobView(String jobId, String status, int total, int processed, int imported, int updated,
			List<ImportMessages.Answer> errors) {

	}

}
