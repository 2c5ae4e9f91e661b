package cn.enforceflow.documents.web;

import java.util.List;

import cn.enforceflow.documents.Attachment;
import cn.enforceflow.documents.Attachments;
import cn.enforceflow.documents.Upload;
import cn.enforceflow.identity.UserProfile;
import cn.enforceflow.platform.web.Problems;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.MultipartFile;

/**
 * 附件: upload evidence to a case (multipart, several files at once), list, download,
 * delete a draft.
 */
@RestController
@Tag(name = "attachments", description = "案件附件（证据材料）：上传、列表、下载、删除草稿")
class AttachmentApiController {

	private final Attachments attachments;

	private final Problems problems;

	private final UploadLimitProblems limitProblems;

	AttachmentApiController(Attachments attachments, Problems problems, UploadLimitProblems limitProblems) {
		this.attachments = attachments;
		this.problems = problems;
		this.limitProblems = limitProblems;
	}

	@PostMapping("/api/cases/{businessKey}/attachments")
	@Operation(summary = "上传附件（multipart/form-data，字段 files 可多个，可选 taskId 指定办理环节）。"
			+ "按文件内容判断类型：图片（含 HEIC）、PDF、Word、Excel、PowerPoint；全部通过才保存")
	ResponseEntity<List<Attachment>> upload(UserProfile user, @PathVariable String businessKey,
			@RequestParam(name = "files", required = false) List<MultipartFile> files,
			@RequestParam(required = false) String taskId) {
		List<Upload> uploads = (files != null)
				? files.stream().map((file) -> new Upload(file.getOriginalFilename(), file.getSize(), file)).toList()
				: List.of();
		return ResponseEntity.status(HttpStatus.CREATED)
			.body(this.attachments.upload(user, businessKey, taskId, uploads));
	}

	@GetMapping("/api/cases/{businessKey}/attachments")
	@Operation(summary = "案件的附件，按上传时间排列")
	List<Attachment> ofCase(UserProfile user, @PathVariable String businessKey) {
		return this.attachments.ofCase(user, businessKey);
	}

	@GetMapping("/api/attachments/{id}")
	@Operation(summary = "下载附件；响应头 X-Content-SHA256 为上传时的哈希")
	ResponseEntity<Resource> download(UserProfile user, @PathVariable String id) {
		return Downloads.attachment(this.attachments.content(user, id));
	}

	@DeleteMapping("/api/attachments/{id}")
	@Operation(summary = "删除本人上传、尚未随环节提交的附件")
	ResponseEntity<Void> delete(UserProfile user, @PathVariable String id) {
		this.attachments.delete(user, id);
		return ResponseEntity.noContent().build();
	}

	/**
	 * The server stopped reading the upload: too large, or not a readable multipart body.
	 */
	@ExceptionHandler(MultipartException.class)
	ResponseEntity<ProblemDetail> refusedUpload(MultipartException ex, HttpServletRequest request) {
		UploadLimitProblems.Problem problem = this.limitProblems.of(ex);
		HttpStatus status = HttpStatus.valueOf(problem.status());
		return ResponseEntity.status(status)
			.body(this.problems.problem(request, status, problem.messageKey(), problem.arguments()));
	}

}
