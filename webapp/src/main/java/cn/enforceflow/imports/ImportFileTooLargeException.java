package cn.enforceflow.imports;

import cn.enforceflow.platform.BusinessRuleException;
import org.springframework.http.HttpStatus;

/** An import file over the import's own size limit: 413, never read. */
public class ImportFileTooLargeException extends BusinessRuleException {

	public ImportFileTooLargeException(long maxMegabytes) {
		super("import.file.tooLarge", String.valueOf(maxMegabytes));
	}

	@Override
	public HttpStatus status() {
		return HttpStatus.PAYLOAD_TOO_LARGE;
	}

}
