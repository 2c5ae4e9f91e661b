package cn.enforceflow.imports;

import java.io.IOException;
import java.io.UncheckedIOException;

import cn.enforceflow.platform.BusinessRuleException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.multipart.MultipartFile;

/**
 * An uploaded import file, checked for what every import refuses before reading it: no
 * file, or one larger than {@code enforceflow.imports.max-file-size}. A catalog is a few
 * hundred KB; the server accepts far larger uploads (evidence photos), so imports keep
 * their own limit.
 */
@Component
public class ImportUploads {

	private final DataSize maxFileSize;

	ImportUploads(@Value("${enforceflow.imports.max-file-size:5MB}") DataSize maxFileSize) {
		this.maxFileSize = maxFileSize;
	}

	public UploadedFile of(MultipartFile file) {
		if (file == null || file.getOriginalFilename() == null || file.getOriginalFilename().isBlank()) {
			throw new BusinessRuleException("import.file.missing");
		}
		if (file.getSize() > this.maxFileSize.toBytes()) {
			throw new ImportFileTooLargeException(maxMegabytes());
		}
		try {
			return new UploadedFile(file.getOriginalFilename(), file.getBytes());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public long maxMegabytes() {
		return this.maxFileSize.toMegabytes();
	}

}
