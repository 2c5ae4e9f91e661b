package cn.enforceflow.imports;

/** A file an export wrote: its name, content type and bytes. */
public record ExportedFile(String filename, String contentType, byte[] content) {

}
