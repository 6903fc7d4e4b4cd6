/** One file of a zip package (a DOCX is one), held uncompressed. */
export interface ZipEntry {
  name: string;
  data: Buffer;
}
