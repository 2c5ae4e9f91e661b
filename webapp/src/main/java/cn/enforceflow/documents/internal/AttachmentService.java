package cn.enforceflow.documents.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import cn.enforceflow.audit.AuditRecord;
import cn.enforceflow.audit.AuditTrail;
import cn.enforceflow.documents.Attachment;
import cn.enforceflow.documents.AttachmentContent;
import cn.enforceflow.documents.AttachmentLimits;
import cn.enforceflow.documents.AttachmentNotFoundException;
import cn.enforceflow.documents.AttachmentRefusedException;
import cn.enforceflow.documents.AttachmentState;
import cn.enforceflow.documents.Attachments;
import cn.enforceflow.documents.FileAccessRefusedException;
import cn.enforceflow.documents.StoredFileDamagedException;
import cn.enforceflow.documents.Upload;
import cn.enforceflow.documents.internal.ContentInspector.Inspection;
import cn.enforceflow.documents.internal.ContentInspector.Verdict;
import cn.enforceflow.identity.UserProfile;
import cn.enforceflow.identity.Users;
import cn.enforceflow.inbox.CaseAccess;
import cn.enforceflow.inbox.CaseNotFoundException;
import cn.enforceflow.integrations.storage.ObjectStorage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import cn.enforceflow.workflow.WorkflowSteps;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Evidence files: checked whole before anything is stored, stored under generated keys,
 * listed and served to whoever may see the case, deleted only as drafts by their
 * uploaders.
 */
@Service
@Transactional(readOnly = true)
class AttachmentService implements Attachments {

	static final String UPLOADED = "ATTACHMENT_UPLOADED";

	static final String DELETED = "ATTACHMENT_DELETED";

	static final String SUBMITTED = "ATTACHMENT_SUBMITTED";

	static final String SUBJECT = "ATTACHMENT";

	private static final Logger log = LoggerFactory.getLogger(AttachmentService.class);

	private static final String COLUMNS = "id, case_key, task_id, file_name, content_type, size_bytes, sha256,"
			+ " storage_key, state, uploaded_by, uploaded_at, submitted_at";

	private static final RowMapper<Row> ROW = AttachmentService::row;

	private final JdbcTemplate jdbc;

	private final CaseAccess caseAccess;

	private final ContentInspector inspector;

	private final StoredObjects stored;

	private final ObjectStorage storage;

	private final WorkflowSteps steps;

	private final Users users;

	private final AuditTrail audit;

	private final AttachmentProperties properties;

	private final Clock clock;

	private final Path spool;

	AttachmentService(JdbcTemplate jdbc, CaseAccess caseAccess, ContentInspector inspector, StoredObjects stored,
			ObjectStorage storage, WorkflowSteps steps, Users users, AuditTrail audit, AttachmentProperties properties,
			Clock clock, @Value("${enforceflow.data-dir}") Path dataDir) {
		this.jdbc = jdbc;
		this.caseAccess = caseAccess;
		this.inspector = inspector;
		this.stored = stored;
		this.storage = storage;
		this.steps = steps;
		this.users = users;
		this.audit = audit;
		this.properties = properties;
		this.clock = clock;
		try {
			this.spool = Files.createDirectories(dataDir.resolve("tmp").resolve("uploads"));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot create the upload spool under " + dataDir, ex);
		}
	}

	@Override
	@Transactional
	public List<Attachment> upload(UserProfile user, String businessKey, String taskId, List<Upload> files) {
		if (!this.caseAccess.mayRead(user, businessKey)) {
			throw new CaseNotFoundException(String.valueOf(businessKey));
		}
		if (!this.caseAccess.tookPart(user, businessKey)) {
			throw new FileAccessRefusedException("documents.upload.notParticipant");
		}
		// a form whose file input was left empty still sends one nameless, empty part
		List<Upload> chosen = files.stream()
			.filter((file) -> file.size() > 0 || (file.filename() != null && !file.filename().isBlank()))
			.toList();
		if (chosen.isEmpty()) {
			throw new AttachmentRefusedException(HttpStatus.BAD_REQUEST, "documents.upload.none");
		}
		if (chosen.size() > this.properties.maxFiles()) {
			throw new AttachmentRefusedException(HttpStatus.BAD_REQUEST, "documents.upload.tooMany",
					String.valueOf(this.properties.maxFiles()), String.valueOf(chosen.size()));
		}
		String step = (taskId != null && !taskId.isBlank()) ? openTaskOf(businessKey, taskId.strip()) : null;
		List<Checked> checked = new ArrayList<>(chosen.size());
		try {
			for (Upload file : chosen) {
				checked.add(check(file));
			}
			Instant now = now();
			List<Attachment> stored = new ArrayList<>(checked.size());
			for (Checked file : checked) {
				stored.add(store(user, businessKey, step, file, now));
			}
			// the audit trail's lock is taken last, after every file is in place
			for (Attachment attachment : stored) {
				Map<String, Object> after = new LinkedHashMap<>();
				after.put("filename", attachment.filename());
				after.put("contentType", attachment.contentType());
				after.put("size", attachment.size());
				after.put("sha256", attachment.sha256());
				after.put("state", attachment.state().name());
				after.put("taskId", attachment.taskId());
				this.audit.record(AuditRecord.of(user.username(), UPLOADED)
					.withCase(businessKey)
					.withSubject(SUBJECT, attachment.id())
					.withChange(null, after)
					.withDetail(attachment.filename()));
			}
			return stored;
		}
		finally {
			checked.forEach((file) -> deleteQuietly(file.spooled()));
		}
	}

	/** Spools a file, counting and hashing it, and reads its type from its bytes. */
	private Checked check(Upload file) {
		String name = FileNames.sanitise(file.filename());
		long max = this.properties.maxFileSize().toBytes();
		if (file.size() > max) {
			throw tooLarge(name);
		}
		Path spooled;
		long size;
		String sha256;
		try {
			spooled = Files.createTempFile(this.spool, "upload-", ".part");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		try {
			MessageDigest digest = Hashing.sha256();
			try (InputStream in = new DigestInputStream(file.content().getInputStream(), digest);
					OutputStream out = Files.newOutputStream(spooled)) {
				size = copyAtMost(in, out, max);
			}
			if (size > max) {
				throw tooLarge(name);
			}
			if (size == 0) {
				throw new AttachmentRefusedException(HttpStatus.BAD_REQUEST, "documents.upload.empty", name);
			}
			sha256 = Hashing.hex(digest.digest());
			Inspection inspection = this.inspector.inspect(spooled);
			if (inspection.verdict() != Verdict.ALLOWED) {
				log.info("Refused upload \"{}\" ({} bytes): {}", name, size, inspection.verdict());
				throw new AttachmentRefusedException(HttpStatus.UNSUPPORTED_MEDIA_TYPE,
						(inspection.verdict() == Verdict.MACROS) ? "documents.upload.macros"
								: "documents.upload.typeNotAllowed",
						name);
			}
			return new Checked(FileNames.withExtension(name, inspection.type()), inspection.type(), size, sha256,
					spooled);
		}
		catch (IOException ex) {
			deleteQuietly(spooled);
			throw new UncheckedIOException(ex);
		}
		catch (RuntimeException ex) {
			deleteQuietly(spooled);
			throw ex;
		}
	}

	private Attachment store(UserProfile user, String businessKey, String taskId, Checked file, Instant now) {
		String id = UUID.randomUUID().toString();
		LocalDateTime local = LocalDateTime.ofInstant(now, DocumentService.ZONE);
		String key = "attachments/%d/%02d/%s".formatted(local.getYear(), local.getMonthValue(), id);
		try (InputStream in = Files.newInputStream(file.spooled())) {
			this.stored.putInTransaction(key, in, file.size(), file.type().mediaType());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		this.jdbc.update("insert into attachment (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", id,
				businessKey, taskId, file.name(), file.type().mediaType(), file.size(), file.sha256(), key,
				AttachmentState.DRAFT.name(), user.username(), local, null);
		return new Attachment(id, businessKey, taskId, file.name(), file.type().mediaType(), file.size(), file.sha256(),
				AttachmentState.DRAFT, user.username(), user.displayName(), now, null, true);
	}

	/** The step must be an open user task of this very case. */
	private String openTaskOf(String businessKey, String taskId) {
		if (!this.steps.isOpenIn(taskId, businessKey)) {
			throw new AttachmentRefusedException(HttpStatus.BAD_REQUEST, "documents.upload.taskNotOpen", taskId);
		}
		return taskId;
	}

	@Override
	public List<Attachment> ofCase(UserProfile user, String businessKey) {
		if (!this.caseAccess.mayRead(user, businessKey)) {
			throw new CaseNotFoundException(String.valueOf(businessKey));
		}
		Map<String, String> names = new HashMap<>();
		return this.jdbc
			.query("select " + COLUMNS + " from attachment where case_key = ? order by uploaded_at, id", ROW,
					businessKey)
			.stream()
			.map((row) -> attachment(row, user, names))
			.toList();
	}

	@Override
	public AttachmentContent content(UserProfile user, String attachmentId) {
		Row row = readable(user, attachmentId);
		if (!this.storage.exists(row.storageKey())) {
			log.error("Attachment {} is missing from storage ({})", row.id(), row.storageKey());
			throw new StoredFileDamagedException("documents.file.damagedAttachment", row.filename());
		}
		return new AttachmentContent(attachment(row, user, new HashMap<>()),
				() -> new VerifyingStream(this.stored.get(row.storageKey()), row.sha256(), row.id()));
	}

	@Override
	@Transactional
	public void delete(UserProfile user, String attachmentId) {
		Row row = readable(user, attachmentId);
		// locked: a submission of the same attachment waits, or has already happened
		Row locked = this.jdbc.query("select " + COLUMNS + " from attachment where id = ? for update", ROW, row.id())
			.stream()
			.findFirst()
			.orElseThrow(() -> new AttachmentNotFoundException(attachmentId));
		if (!locked.uploadedBy().equals(user.username())) {
			throw new FileAccessRefusedException("documents.attachment.notYours", locked.filename());
		}
		if (locked.state() != AttachmentState.DRAFT) {
			throw new AttachmentRefusedException(HttpStatus.CONFLICT, "documents.attachment.submitted",
					locked.filename());
		}
		this.jdbc.update("delete from attachment where id = ?", locked.id());
		this.stored.deleteAfterCommit(locked.storageKey());
		Map<String, Object> before = new LinkedHashMap<>();
		before.put("filename", locked.filename());
		before.put("contentType", locked.contentType());
		before.put("size", locked.size());
		before.put("sha256", locked.sha256());
		before.put("state", locked.state().name());
		before.put("taskId", locked.taskId());
		this.audit.record(AuditRecord.of(user.username(), DELETED)
			.withCase(locked.caseKey())
			.withSubject(SUBJECT, locked.id())
			.withChange(before, null)
			.withDetail(locked.filename()));
	}

	@Override
	@Transactional
	public List<Attachment> submit(String actor, String businessKey, Collection<String> attachmentIds) {
		if (attachmentIds.isEmpty()) {
			return List.of();
		}
		List<Row> rows = this.jdbc.query(
				"select " + COLUMNS + " from attachment where id in ("
						+ attachmentIds.stream().map((id) -> "?").collect(Collectors.joining(", ")) + ") for update",
				ROW, attachmentIds.toArray());
		if (rows.size() != attachmentIds.stream().distinct().count()) {
			throw new IllegalArgumentException("Unknown attachments among " + attachmentIds);
		}
		for (Row row : rows) {
			if (!row.caseKey().equals(businessKey)) {
				throw new IllegalArgumentException("Attachment " + row.id() + " belongs to another case");
			}
		}
		return submitRows(actor, rows);
	}

	@Override
	@Transactional
	public List<Attachment> submitStep(String actor, String businessKey, String taskId) {
		List<Row> rows = this.jdbc.query(
				"select " + COLUMNS + " from attachment where task_id = ? and case_key = ? and state = ? for update",
				ROW, taskId, businessKey, AttachmentState.DRAFT.name());
		return submitRows(actor, rows);
	}

	private List<Attachment> submitRows(String actor, List<Row> rows) {
		Instant now = now();
		List<Row> drafts = rows.stream().filter((row) -> row.state() == AttachmentState.DRAFT).toList();
		for (Row row : drafts) {
			this.jdbc.update("update attachment set state = ?, submitted_at = ? where id = ? and state = ?",
					AttachmentState.SUBMITTED.name(), LocalDateTime.ofInstant(now, DocumentService.ZONE), row.id(),
					AttachmentState.DRAFT.name());
		}
		Map<String, String> names = new HashMap<>();
		List<Attachment> submitted = new ArrayList<>();
		for (Row row : drafts) {
			this.audit.record(AuditRecord.of(actor, SUBMITTED)
				.withCase(row.caseKey())
				.withSubject(SUBJECT, row.id())
				.withChange(Map.of("state", AttachmentState.DRAFT.name()),
						Map.of("state", AttachmentState.SUBMITTED.name()))
				.withDetail(row.filename()));
			submitted.add(new Attachment(row.id(), row.caseKey(), row.taskId(), row.filename(), row.contentType(),
					row.size(), row.sha256(), AttachmentState.SUBMITTED, row.uploadedBy(),
					name(row.uploadedBy(), names), row.uploadedAt(), now, false));
		}
		return submitted;
	}

	@Override
	public boolean mayUpload(UserProfile user, String businessKey) {
		return this.caseAccess.tookPart(user, businessKey);
	}

	@Override
	public AttachmentLimits limits() {
		String accept = "image/*,.heic,.heif,application/pdf,.pdf," + AllowedType.DOC.mediaType() + ",.doc,"
				+ AllowedType.DOCX.mediaType() + ",.docx," + AllowedType.XLS.mediaType() + ",.xls,"
				+ AllowedType.XLSX.mediaType() + ",.xlsx," + AllowedType.PPT.mediaType() + ",.ppt,"
				+ AllowedType.PPTX.mediaType() + ",.pptx";
		return new AttachmentLimits(this.properties.maxFileSize().toBytes(), this.properties.maxRequestSize().toBytes(),
				this.properties.maxFiles(), accept);
	}

	private Row readable(UserProfile user, String attachmentId) {
		if (attachmentId == null || attachmentId.length() != 36) {
			throw new AttachmentNotFoundException(String.valueOf(attachmentId));
		}
		Row row = this.jdbc.query("select " + COLUMNS + " from attachment where id = ?", ROW, attachmentId)
			.stream()
			.findFirst()
			.orElseThrow(() -> new AttachmentNotFoundException(attachmentId));
		if (!this.caseAccess.mayRead(user, row.caseKey())) {
			throw new AttachmentNotFoundException(attachmentId);
		}
		return row;
	}

	private Attachment attachment(Row row, UserProfile viewer, Map<String, String> names) {
		return new Attachment(row.id(), row.caseKey(), row.taskId(), row.filename(), row.contentType(), row.size(),
				row.sha256(), row.state(), row.uploadedBy(), name(row.uploadedBy(), names), row.uploadedAt(),
				row.submittedAt(), row.state() == AttachmentState.DRAFT && row.uploadedBy().equals(viewer.username()));
	}

	private String name(String username, Map<String, String> names) {
		return names.computeIfAbsent(username, (u) -> this.users.profile(u).map(UserProfile::displayName).orElse(u));
	}

	private AttachmentRefusedException tooLarge(String name) {
		return new AttachmentRefusedException(HttpStatus.PAYLOAD_TOO_LARGE, "documents.upload.tooLarge", name,
				String.valueOf(this.properties.maxFileSize().toMegabytes()));
	}

	/** Copies up to max + 1 bytes: one more than allowed is enough to know. */
	private static long copyAtMost(InputStream in, OutputStream out, long max) throws IOException {
		byte[] buffer = new byte[64 * 1024];
		long total = 0;
		int read;
		while ((read = in.read(buffer)) >= 0) {
			total += read;
			if (total > max) {
				return total;
			}
			out.write(buffer, 0, read);
		}
		return total;
	}

	private Instant now() {
		return this.clock.instant().truncatedTo(ChronoUnit.SECONDS);
	}

	private static void deleteQuietly(Path file) {
		try {
			Files.deleteIfExists(file);
		}
		catch (IOException ex) {
			log.warn("Could not remove the spooled upload {}", file);
		}
	}

	private static Row row(ResultSet rs, int n) throws SQLException {
		LocalDateTime submitted = rs.getObject("submitted_at", LocalDateTime.class);
		return new Row(rs.getString("id"), rs.getString("case_key"), rs.getString("task_id"), rs.getString("file_name"),
				rs.getString("content_type"), rs.getLong("size_bytes"), rs.getString("sha256").trim(),
				rs.getString("storage_key"), AttachmentState.valueOf(rs.getString("state")),
				rs.getString("uploaded_by"),
				rs.getObject("uploaded_at", LocalDateTime.class).atZone(DocumentService.ZONE).toInstant(),
				(submitted != null) ? submitted.atZone(DocumentService.ZONE).toInstant() : null);
	}

	private record Row(String id, String caseKey, String taskId, String filename, String contentType, long size,
			String sha256, String storageKey, AttachmentState state, String uploadedBy, Instant uploadedAt,
			Instant submittedAt) {

	}

	/** A file that passed every check, waiting in the spool to be stored. */
	private record Checked(String name, AllowedType type, long size, String sha256, Path spooled) {

	}

	/**
	 * Hands out an attachment's bytes and, at their end, checks them against the hash
	 * they were stored with; a file changed in storage fails the download instead of
	 * passing as evidence.
	 */
	private static final class VerifyingStream extends DigestInputStream {

		private final String expected;

		private final String id;

		private boolean checked;

		VerifyingStream(InputStream in, String expected, String id) {
			super(in, Hashing.sha256());
			this.expected = expected;
			this.id = id;
		}

		@Override
		public int read() throws IOException {
			int b = super.read();
			if (b < 0) {
				verify();
			}
			return b;
		}

		@Override
		public int read(byte[] b, int off, int len) throws IOException {
			int n = super.read(b, off, len);
			if (n < 0) {
				verify();
			}
			return n;
		}

		private void verify() throws IOException {
			if (this.checked) {
				return;
			}
			this.checked = true;
			String actual = Hashing.hex(getMessageDigest().digest());
			if (!actual.equals(this.expected)) {
				log.error("Attachment {} no longer has its SHA-256 {} (now {})", this.id, this.expected, actual);
				throw new IOException("Attachment " + this.id + " was changed in storage");
			}
		}

	}

}
