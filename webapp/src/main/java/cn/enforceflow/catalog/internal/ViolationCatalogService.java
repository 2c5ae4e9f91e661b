package cn.enforceflow.catalog.internal;

import java.util.List;
import java.util.Optional;

import cn.enforceflow.catalog.DiscretionList;
import cn.enforceflow.catalog.ViolationCatalog;
import cn.enforceflow.catalog.ViolationCatalogAdministration;
import cn.enforceflow.catalog.ViolationMatter;
import cn.enforceflow.imports.ExportFormat;
import cn.enforceflow.imports.ExportedFile;
import cn.enforceflow.imports.ImportOutcome;
import cn.enforceflow.imports.ImportService;
import cn.enforceflow.imports.UploadedFile;
import cn.enforceflow.organization.DepartmentCode;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class ViolationCatalogService implements ViolationCatalog, ViolationCatalogAdministration {

	private final ViolationMatters matters;

	private final ViolationMatterImport target;

	private final ImportService imports;

	ViolationCatalogService(ViolationMatters matters, ViolationMatterImport target, ImportService imports) {
		this.matters = matters;
		this.target = target;
		this.imports = imports;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<ViolationMatter> find(String code) {
		return (code == null) ? Optional.empty() : this.matters.findByCode(code).map(ViolationMatterEntity::toMatter);
	}

	@Override
	@Transactional(readOnly = true)
	public List<ViolationMatter> matters(Optional<DepartmentCode> department, Optional<DiscretionList> list) {
		return this.matters.search(department.map(DepartmentCode::value).orElse(null), list.orElse(null))
			.stream()
			.map(ViolationMatterEntity::toMatter)
			.toList();
	}

	@Override
	public ImportOutcome importFile(UploadedFile file, boolean dryRun, String by) {
		return this.imports.importFile(this.target, file, dryRun, by);
	}

	@Override
	public String stage(UploadedFile file, String by) {
		return this.imports.stage(this.target, file, by);
	}

	@Override
	public ImportOutcome staged(String jobId, String by) {
		return this.imports.staged(this.target, jobId, by);
	}

	@Override
	public ImportOutcome confirm(String jobId, String by) {
		return this.imports.confirm(this.target, jobId, by);
	}

	@Override
	@Transactional(readOnly = true)
	public ExportedFile export(ExportFormat format) {
		return this.imports.export(this.target, format);
	}

	@Override
	@Transactional
	public int registerMissing(List<ViolationMatter> matters) {
		int registered = 0;
		for (ViolationMatter matter : matters) {
			if (this.matters.findByCode(matter.code()).isEmpty()) {
				this.matters.save(ViolationMatterEntity.of(matter));
				registered++;
			}
		}
		return registered;
	}

}
