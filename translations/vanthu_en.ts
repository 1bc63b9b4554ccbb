<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AgencyProfileText</name>
    <message>
        <source>The agency abbreviation may not contain spaces or &quot;/&quot;.</source>
        <translation>The agency abbreviation may not contain spaces or &quot;/&quot;.</translation>
    </message>
</context>
<context>
    <name>AgencyServiceText</name>
    <message>
        <source>This workspace is already set up for %1.</source>
        <translation>This workspace is already set up for %1.</translation>
    </message>
    <message>
        <source>The workspace has not been set up yet. Run &quot;vanthu-cli init&quot; first.</source>
        <translation>The workspace has not been set up yet. Run &quot;vanthu-cli init&quot; first.</translation>
    </message>
</context>
<context>
    <name>AtomicFileText</name>
    <message>
        <source>Could not write the file %1.</source>
        <translation>Could not write the file %1.</translation>
    </message>
</context>
<context>
    <name>AttachmentIntakeText</name>
    <message>
        <source>The file %1 is empty.</source>
        <translation>The file %1 is empty.</translation>
    </message>
</context>
<context>
    <name>AuditCommandText</name>
    <message>
        <source>Verify the hash-chained audit trail.</source>
        <translation>Verify the hash-chained audit trail.</translation>
    </message>
    <message>
        <source>The only audit action is &quot;verify&quot;.</source>
        <translation>The only audit action is &quot;verify&quot;.</translation>
    </message>
    <message numerus="yes">
        <source>The audit trail is intact: %n entries verified.</source>
        <translation>
            <numerusform>The audit trail is intact: %n entry verified.</numerusform>
            <numerusform>The audit trail is intact: %n entries verified.</numerusform>
        </translation>
    </message>
    <message>
        <source>THE AUDIT TRAIL HAS BEEN TAMPERED WITH:</source>
        <translation>THE AUDIT TRAIL HAS BEEN TAMPERED WITH:</translation>
    </message>
</context>
<context>
    <name>AuditVerifierText</name>
    <message>
        <source>Entries %1 to %2 of the audit trail have been removed.</source>
        <translation>Entries %1 to %2 of the audit trail have been removed.</translation>
    </message>
    <message>
        <source>Entry %1 of the audit trail does not follow the entry before it: entries were reordered or replaced.</source>
        <translation>Entry %1 of the audit trail does not follow the entry before it: entries were reordered or replaced.</translation>
    </message>
    <message>
        <source>Entry %1 of the audit trail was changed after it was written.</source>
        <translation>Entry %1 of the audit trail was changed after it was written.</translation>
    </message>
    <message numerus="yes">
        <source>The last %n entries of the audit trail have been removed.</source>
        <translation>
            <numerusform>The last entry of the audit trail has been removed.</numerusform>
            <numerusform>The last %n entries of the audit trail have been removed.</numerusform>
        </translation>
    </message>
    <message>
        <source>The recorded end of the audit trail does not match its last entry.</source>
        <translation>The recorded end of the audit trail does not match its last entry.</translation>
    </message>
    <message>
        <source>Document %1 was added without a registration entry in the audit trail.</source>
        <translation>Document %1 was added without a registration entry in the audit trail.</translation>
    </message>
</context>
<context>
    <name>BlobStoreText</name>
    <message>
        <source>Could not create the folder %1.</source>
        <translation>Could not create the folder %1.</translation>
    </message>
    <message>
        <source>The file reference is not valid.</source>
        <translation>The file reference is not valid.</translation>
    </message>
    <message>
        <source>A stored file is missing from the workspace (%1). Restore it from a backup.</source>
        <translation>A stored file is missing from the workspace (%1). Restore it from a backup.</translation>
    </message>
    <message>
        <source>A stored file could not be read (%1).</source>
        <translation>A stored file could not be read (%1).</translation>
    </message>
    <message>
        <source>A stored file has been altered or damaged (%1). Restore it from a backup.</source>
        <translation>A stored file has been altered or damaged (%1). Restore it from a backup.</translation>
    </message>
</context>
<context>
    <name>CliContextText</name>
    <message>
        <source>Workspace folder (default: $VANTHU_WORKSPACE, else the current folder).</source>
        <translation>Workspace folder (default: $VANTHU_WORKSPACE, else the current folder).</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>folder</translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation>Print the result as JSON.</translation>
    </message>
    <message>
        <source>User name recorded in the audit trail (default: $USER).</source>
        <translation>User name recorded in the audit trail (default: $USER).</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>Language: vi (default) or en.</source>
        <translation>Language: vi (default) or en.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Show this help.</translation>
    </message>
    <message>
        <source>Run &quot;vanthu-cli %1 --help&quot; for the options.</source>
        <translation>Run &quot;vanthu-cli %1 --help&quot; for the options.</translation>
    </message>
</context>
<context>
    <name>DatabaseText</name>
    <message>
        <source>The workspace database cannot use write-ahead logging. Keep the workspace on a local disk.</source>
        <translation>The workspace database cannot use write-ahead logging. Keep the workspace on a local disk.</translation>
    </message>
    <message>
        <source>The workspace is busy in another program. Try again in a moment.</source>
        <translation>The workspace is busy in another program. Try again in a moment.</translation>
    </message>
    <message>
        <source>The workspace database is damaged. Restore it from a backup and contact support.</source>
        <translation>The workspace database is damaged. Restore it from a backup and contact support.</translation>
    </message>
    <message>
        <source>The disk is full. Free some space and try again.</source>
        <translation>The disk is full. Free some space and try again.</translation>
    </message>
    <message>
        <source>The workspace database could not be read or written. Check the disk and the permissions of the workspace folder.</source>
        <translation>The workspace database could not be read or written. Check the disk and the permissions of the workspace folder.</translation>
    </message>
    <message>
        <source>The change conflicts with data already in the register; nothing was saved.</source>
        <translation>The change conflicts with data already in the register; nothing was saved.</translation>
    </message>
    <message>
        <source>The data did not pass the checks of the register database; nothing was saved.</source>
        <translation>The data did not pass the checks of the register database; nothing was saved.</translation>
    </message>
    <message>
        <source>The workspace database could not complete the operation; nothing was saved.</source>
        <translation>The workspace database could not complete the operation; nothing was saved.</translation>
    </message>
</context>
<context>
    <name>DemoCommandText</name>
    <message>
        <source>Number of documents (default 300).</source>
        <translation>Number of documents (default 300).</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Random seed; the same seed gives the same workspace.</source>
        <translation>Random seed; the same seed gives the same workspace.</translation>
    </message>
    <message>
        <source>Create a demo workspace of Hà Nội agencies.</source>
        <translation>Create a demo workspace of Hà Nội agencies.</translation>
    </message>
    <message>
        <source>--count must be a number from 1 to 100000.</source>
        <translation>--count must be a number from 1 to 100000.</translation>
    </message>
    <message>
        <source>%1 of %2 documents</source>
        <translation>%1 of %2 documents</translation>
    </message>
    <message>
        <source>Demo workspace created in %1: %2 incoming and %3 outgoing documents.</source>
        <translation>Demo workspace created in %1: %2 incoming and %3 outgoing documents.</translation>
    </message>
</context>
<context>
    <name>DemoWorkspaceText</name>
    <message>
        <source>%1 already holds a workspace; choose an empty folder for the demo.</source>
        <translation>%1 already holds a workspace; choose an empty folder for the demo.</translation>
    </message>
    <message>
        <source>The demo needs at least one document and one working day.</source>
        <translation>The demo needs at least one document and one working day.</translation>
    </message>
    <message>
        <source>The demo generation was stopped.</source>
        <translation>The demo generation was stopped.</translation>
    </message>
</context>
<context>
    <name>DocumentCodeText</name>
    <message>
        <source>The agency abbreviation is not configured, so no symbol can be formed.</source>
        <translation>The agency abbreviation is not configured, so no symbol can be formed.</translation>
    </message>
    <message>
        <source>A %1 needs the abbreviation of the drafting unit (for example VP) to form its symbol.</source>
        <translation>A %1 needs the abbreviation of the drafting unit (for example VP) to form its symbol.</translation>
    </message>
</context>
<context>
    <name>DocumentTypesText</name>
    <message>
        <source>The document type is missing.</source>
        <translation>The document type is missing.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a document type of Decree 30/2020. Use a name such as &quot;Quyết định&quot; or an official abbreviation such as &quot;QĐ&quot;.</source>
        <translation>&quot;%1&quot; is not a document type of Decree 30/2020. Use a name such as &quot;Quyết định&quot; or an official abbreviation such as &quot;QĐ&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; could mean %2. Type it with its diacritics.</source>
        <translation>&quot;%1&quot; could mean %2. Type it with its diacritics.</translation>
    </message>
</context>
<context>
    <name>ExportCommandText</name>
    <message>
        <source>File to write (required).</source>
        <translation>File to write (required).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>pdf, csv or xlsx (default: from the file name).</source>
        <translation>pdf, csv or xlsx (default: from the file name).</translation>
    </message>
    <message>
        <source>Register (series) code; default: the general one.</source>
        <translation>Register (series) code; default: the general one.</translation>
    </message>
    <message>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <source>Year; default: the newest with entries.</source>
        <translation>Year; default: the newest with entries.</translation>
    </message>
    <message>
        <source>year</source>
        <translation>year</translation>
    </message>
    <message>
        <source>Volume number (quyển số).</source>
        <translation>Volume number (quyển số).</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>First register date included.</source>
        <translation>First register date included.</translation>
    </message>
    <message>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <source>Last register date included.</source>
        <translation>Last register date included.</translation>
    </message>
    <message>
        <source>Print a register to PDF or export it to CSV or XLSX.</source>
        <translation>Print a register to PDF or export it to CSV or XLSX.</translation>
    </message>
    <message>
        <source>Say which register: &quot;export-register incoming&quot; or &quot;export-register outgoing&quot;.</source>
        <translation>Say which register: &quot;export-register incoming&quot; or &quot;export-register outgoing&quot;.</translation>
    </message>
    <message>
        <source>--out is required.</source>
        <translation>--out is required.</translation>
    </message>
    <message>
        <source>The format must be pdf, csv or xlsx.</source>
        <translation>The format must be pdf, csv or xlsx.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date; write 2026-03-05 or 05/03/2026.</source>
        <translation>&quot;%1&quot; is not a date; write 2026-03-05 or 05/03/2026.</translation>
    </message>
    <message>
        <source>%1 entries of %2 (%3) written to %4.</source>
        <translation>%1 entries of %2 (%3) written to %4.</translation>
    </message>
</context>
<context>
    <name>FieldText</name>
    <message>
        <source>Document number</source>
        <translation>Document number</translation>
    </message>
    <message>
        <source>Document symbol</source>
        <translation>Document symbol</translation>
    </message>
    <message>
        <source>Issuing agency</source>
        <translation>Issuing agency</translation>
    </message>
    <message>
        <source>Agency identifier</source>
        <translation>Agency identifier</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Signer&apos;s position</source>
        <translation>Signer&apos;s position</translation>
    </message>
    <message>
        <source>Signer&apos;s full name</source>
        <translation>Signer&apos;s full name</translation>
    </message>
    <message>
        <source>Receiving unit or person</source>
        <translation>Receiving unit or person</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <source>Unit or person keeping the file copy</source>
        <translation>Unit or person keeping the file copy</translation>
    </message>
    <message>
        <source>Unit abbreviation</source>
        <translation>Unit abbreviation</translation>
    </message>
    <message>
        <source>edXML document identifier</source>
        <translation>edXML document identifier</translation>
    </message>
    <message>
        <source>Series code</source>
        <translation>Series code</translation>
    </message>
    <message>
        <source>Series name</source>
        <translation>Series name</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>File name</translation>
    </message>
    <message>
        <source>Place name</source>
        <translation>Place name</translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation>%1 is required.</translation>
    </message>
    <message>
        <source>%1 is %2 characters long; at most %3 are allowed.</source>
        <translation>%1 is %2 characters long; at most %3 are allowed.</translation>
    </message>
    <message>
        <source>%1 must be between 0 and 999.</source>
        <translation>%1 must be between 0 and 999.</translation>
    </message>
</context>
<context>
    <name>FieldValidationText</name>
    <message>
        <source>The page count</source>
        <translation>The page count</translation>
    </message>
    <message>
        <source>The date of the document is missing or not valid.</source>
        <translation>The date of the document is missing or not valid.</translation>
    </message>
    <message>
        <source>The date of the document (%1) is after today.</source>
        <translation>The date of the document (%1) is after today.</translation>
    </message>
    <message>
        <source>The deadline (%1) is before the date of the document (%2).</source>
        <translation>The deadline (%1) is before the date of the document (%2).</translation>
    </message>
</context>
<context>
    <name>IncomingServiceText</name>
    <message>
        <source>Registering a possible duplicate needs a reason.</source>
        <translation>Registering a possible duplicate needs a reason.</translation>
    </message>
    <message>
        <source>arrival number %1/%2 in register %3 of %4</source>
        <translation>arrival number %1/%2 in register %3 of %4</translation>
    </message>
    <message>
        <source>This document seems to be registered already (%1). Register it again only if it is a different document, and give the reason.</source>
        <translation>This document seems to be registered already (%1). Register it again only if it is a different document, and give the reason.</translation>
    </message>
    <message>
        <source>Document %1</source>
        <translation>Document %1</translation>
    </message>
</context>
<context>
    <name>InitCommandText</name>
    <message>
        <source>Name of the agency (required).</source>
        <translation>Name of the agency (required).</translation>
    </message>
    <message>
        <source>text</source>
        <translation>text</translation>
    </message>
    <message>
        <source>Abbreviation of the agency used in symbols, e.g. SNV (required).</source>
        <translation>Abbreviation of the agency used in symbols, e.g. SNV (required).</translation>
    </message>
    <message>
        <source>Name of the governing agency.</source>
        <translation>Name of the governing agency.</translation>
    </message>
    <message>
        <source>Identifier (mã định danh) of the agency.</source>
        <translation>Identifier (mã định danh) of the agency.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>Place name of the date line (default: Hà Nội).</source>
        <translation>Place name of the date line (default: Hà Nội).</translation>
    </message>
    <message>
        <source>Create a workspace for an agency.</source>
        <translation>Create a workspace for an agency.</translation>
    </message>
    <message>
        <source>--agency-name and --agency-abbr are required.</source>
        <translation>--agency-name and --agency-abbr are required.</translation>
    </message>
    <message>
        <source>Workspace created in %1.</source>
        <translation>Workspace created in %1.</translation>
    </message>
</context>
<context>
    <name>ListCommandText</name>
    <message>
        <source>Register (series) code; default: the general one.</source>
        <translation>Register (series) code; default: the general one.</translation>
    </message>
    <message>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <source>Year; default: the newest with entries.</source>
        <translation>Year; default: the newest with entries.</translation>
    </message>
    <message>
        <source>year</source>
        <translation>year</translation>
    </message>
    <message>
        <source>Rows per page (default 50).</source>
        <translation>Rows per page (default 50).</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Continue after this number (the last one of the previous page).</source>
        <translation>Continue after this number (the last one of the previous page).</translation>
    </message>
    <message>
        <source>number</source>
        <translation>number</translation>
    </message>
    <message>
        <source>Oldest first.</source>
        <translation>Oldest first.</translation>
    </message>
    <message>
        <source>List a register, newest first.</source>
        <translation>List a register, newest first.</translation>
    </message>
    <message>
        <source>Say which register: &quot;list incoming&quot; or &quot;list outgoing&quot;.</source>
        <translation>Say which register: &quot;list incoming&quot; or &quot;list outgoing&quot;.</translation>
    </message>
    <message>
        <source>--limit must be a number from 1 to 10000.</source>
        <translation>--limit must be a number from 1 to 10000.</translation>
    </message>
    <message>
        <source>Register %1 (%2), year %3</source>
        <translation>Register %1 (%2), year %3</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Number/symbol</source>
        <translation>Number/symbol</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>(no entries)</source>
        <translation>(no entries)</translation>
    </message>
</context>
<context>
    <name>MainText</name>
    <message>
        <source>Usage: vanthu-cli COMMAND [options]

Commands:
  init                      create a workspace for an agency
  series list|add           show or add numbering series
  register incoming         register a received document (số đến)
  register outgoing         register an issued document and give its number
  list incoming|outgoing    list a register, newest first
  show ID                   show one document
  search WORDS              full-text search, with or without diacritics
  audit verify              verify the hash-chained audit trail
  export-register incoming|outgoing --out FILE
                            print a register to PDF, or export it to CSV or XLSX
  demo                      create a demo workspace of Hà Nội agencies

Global options: --workspace FOLDER, --json, --actor NAME, --lang vi|en.
&quot;vanthu-cli COMMAND --help&quot; lists the options of a command.
</source>
        <translation>Usage: vanthu-cli COMMAND [options]

Commands:
  init                      create a workspace for an agency
  series list|add           show or add numbering series
  register incoming         register a received document (số đến)
  register outgoing         register an issued document and give its number
  list incoming|outgoing    list a register, newest first
  show ID                   show one document
  search WORDS              full-text search, with or without diacritics
  audit verify              verify the hash-chained audit trail
  export-register incoming|outgoing --out FILE
                            print a register to PDF, or export it to CSV or XLSX
  demo                      create a demo workspace of Hà Nội agencies

Global options: --workspace FOLDER, --json, --actor NAME, --lang vi|en.
&quot;vanthu-cli COMMAND --help&quot; lists the options of a command.
</translation>
    </message>
    <message>
        <source>vanthu-cli: unknown command &quot;%1&quot;.</source>
        <translation>vanthu-cli: unknown command &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>NumberingSeriesText</name>
    <message>
        <source>&quot;%1&quot; is not a series scope; use general, secret, copies or types.</source>
        <translation>&quot;%1&quot; is not a series scope; use general, secret, copies or types.</translation>
    </message>
</context>
<context>
    <name>OfficialDocumentText</name>
    <message>
        <source>The PDF could not be created.</source>
        <translation>The PDF could not be created.</translation>
    </message>
</context>
<context>
    <name>OutgoingServiceText</name>
    <message>
        <source>The drafting unit abbreviation may not contain spaces or &quot;/&quot;.</source>
        <translation>The drafting unit abbreviation may not contain spaces or &quot;/&quot;.</translation>
    </message>
    <message>
        <source>The number of copies issued</source>
        <translation>The number of copies issued</translation>
    </message>
    <message>
        <source>An outgoing document needs at least one recipient.</source>
        <translation>An outgoing document needs at least one recipient.</translation>
    </message>
    <message>
        <source>Document %1</source>
        <translation>Document %1</translation>
    </message>
</context>
<context>
    <name>PdfInspectorText</name>
    <message>
        <source>The file is not a readable PDF document. Check that it is a PDF and is not damaged.</source>
        <translation>The file is not a readable PDF document. Check that it is a PDF and is not damaged.</translation>
    </message>
    <message>
        <source>The PDF is protected by a password. Register an unprotected copy.</source>
        <translation>The PDF is protected by a password. Register an unprotected copy.</translation>
    </message>
    <message>
        <source>The PDF has %1 pages, more than the %2 allowed.</source>
        <translation>The PDF has %1 pages, more than the %2 allowed.</translation>
    </message>
    <message>
        <source>The PDF is %1 MB, larger than the %2 MB allowed.</source>
        <translation>The PDF is %1 MB, larger than the %2 MB allowed.</translation>
    </message>
    <message>
        <source>The file is not a PDF document.</source>
        <translation>The file is not a PDF document.</translation>
    </message>
</context>
<context>
    <name>RegisterCommandText</name>
    <message>
        <source>Could not read the file %1.</source>
        <translation>Could not read the file %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date; write 2026-03-05 or 05/03/2026.</source>
        <translation>&quot;%1&quot; is not a date; write 2026-03-05 or 05/03/2026.</translation>
    </message>
    <message>
        <source>Document type: name or abbreviation (QĐ, &quot;Công văn&quot;).</source>
        <translation>Document type: name or abbreviation (QĐ, &quot;Công văn&quot;).</translation>
    </message>
    <message>
        <source>type</source>
        <translation>type</translation>
    </message>
    <message>
        <source>Subject (trích yếu).</source>
        <translation>Subject (trích yếu).</translation>
    </message>
    <message>
        <source>text</source>
        <translation>text</translation>
    </message>
    <message>
        <source>khẩn, thượng khẩn or hỏa tốc.</source>
        <translation>khẩn, thượng khẩn or hỏa tốc.</translation>
    </message>
    <message>
        <source>level</source>
        <translation>level</translation>
    </message>
    <message>
        <source>mật, tối mật or tuyệt mật.</source>
        <translation>mật, tối mật or tuyệt mật.</translation>
    </message>
    <message>
        <source>Full name of the signer.</source>
        <translation>Full name of the signer.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>Position of the signer.</source>
        <translation>Position of the signer.</translation>
    </message>
    <message>
        <source>Deadline for handling or reply.</source>
        <translation>Deadline for handling or reply.</translation>
    </message>
    <message>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <source>Notes (ghi chú).</source>
        <translation>Notes (ghi chú).</translation>
    </message>
    <message>
        <source>Code of the register or series to use.</source>
        <translation>Code of the register or series to use.</translation>
    </message>
    <message>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <source>Date handed on (ngày chuyển).</source>
        <translation>Date handed on (ngày chuyển).</translation>
    </message>
    <message>
        <source>PDF file of the document; repeat for more files.</source>
        <translation>PDF file of the document; repeat for more files.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>Number and symbol as written on the document, e.g. 05/QĐ-UBND.</source>
        <translation>Number and symbol as written on the document, e.g. 05/QĐ-UBND.</translation>
    </message>
    <message>
        <source>Date of the document.</source>
        <translation>Date of the document.</translation>
    </message>
    <message>
        <source>Issuing agency (tác giả).</source>
        <translation>Issuing agency (tác giả).</translation>
    </message>
    <message>
        <source>Identifier (mã định danh) of the issuing agency.</source>
        <translation>Identifier (mã định danh) of the issuing agency.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>Receiving unit or person.</source>
        <translation>Receiving unit or person.</translation>
    </message>
    <message>
        <source>edXML DocumentId, when received electronically.</source>
        <translation>edXML DocumentId, when received electronically.</translation>
    </message>
    <message>
        <source>Page count of a paper document.</source>
        <translation>Page count of a paper document.</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Register even though it looks like a document already registered; give the reason.</source>
        <translation>Register even though it looks like a document already registered; give the reason.</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>reason</translation>
    </message>
    <message>
        <source>Register a received document.</source>
        <translation>Register a received document.</translation>
    </message>
    <message>
        <source>Registered as incoming number %1 of %2 in register %3 (document id %4).</source>
        <translation>Registered as incoming number %1 of %2 in register %3 (document id %4).</translation>
    </message>
    <message>
        <source>Abbreviation of the drafting unit (needed for Công văn).</source>
        <translation>Abbreviation of the drafting unit (needed for Công văn).</translation>
    </message>
    <message>
        <source>abbr</source>
        <translation>abbr</translation>
    </message>
    <message>
        <source>Recipient, as &quot;name&quot; or &quot;identifier|name&quot;; repeat for more.</source>
        <translation>Recipient, as &quot;name&quot; or &quot;identifier|name&quot;; repeat for more.</translation>
    </message>
    <message>
        <source>recipient</source>
        <translation>recipient</translation>
    </message>
    <message>
        <source>Number of copies issued (default: one per recipient).</source>
        <translation>Number of copies issued (default: one per recipient).</translation>
    </message>
    <message>
        <source>Unit or person keeping the file copy.</source>
        <translation>Unit or person keeping the file copy.</translation>
    </message>
    <message>
        <source>A legal normative document (numbered in its QPPL series).</source>
        <translation>A legal normative document (numbered in its QPPL series).</translation>
    </message>
    <message>
        <source>Register an outgoing document and give it its number.</source>
        <translation>Register an outgoing document and give it its number.</translation>
    </message>
    <message>
        <source>Registered as %1, dated %2, in series %3 (document id %4).</source>
        <translation>Registered as %1, dated %2, in series %3 (document id %4).</translation>
    </message>
    <message>
        <source>Say which register: &quot;register incoming&quot; or &quot;register outgoing&quot;.</source>
        <translation>Say which register: &quot;register incoming&quot; or &quot;register outgoing&quot;.</translation>
    </message>
</context>
<context>
    <name>RegisterExportText</name>
    <message>
        <source>The volume number must be between 1 and 99.</source>
        <translation>The volume number must be between 1 and 99.</translation>
    </message>
    <message>
        <source>The first date is after the last date.</source>
        <translation>The first date is after the last date.</translation>
    </message>
</context>
<context>
    <name>RegisterPdfText</name>
    <message>
        <source>The PDF could not be created.</source>
        <translation>The PDF could not be created.</translation>
    </message>
</context>
<context>
    <name>RegisterServiceText</name>
    <message>
        <source>The workspace has no such register yet. Run &quot;vanthu-cli init&quot; first.</source>
        <translation>The workspace has no such register yet. Run &quot;vanthu-cli init&quot; first.</translation>
    </message>
    <message>
        <source>There is no %1 register with the code %2.</source>
        <translation>There is no %1 register with the code %2.</translation>
    </message>
    <message>
        <source>incoming</source>
        <translation>incoming</translation>
    </message>
    <message>
        <source>outgoing</source>
        <translation>outgoing</translation>
    </message>
    <message>
        <source>There is no document with the id %1.</source>
        <translation>There is no document with the id %1.</translation>
    </message>
</context>
<context>
    <name>SchemaMigratorText</name>
    <message>
        <source>This workspace was saved by a newer version of VanThu (schema %1; this program knows up to %2). Update VanThu to open it.</source>
        <translation>This workspace was saved by a newer version of VanThu (schema %1; this program knows up to %2). Update VanThu to open it.</translation>
    </message>
    <message>
        <source>The file is an SQLite database but not a VanThu workspace.</source>
        <translation>The file is an SQLite database but not a VanThu workspace.</translation>
    </message>
    <message>
        <source>Could not create the backup folder %1.</source>
        <translation>Could not create the backup folder %1.</translation>
    </message>
    <message>
        <source>The backup before the upgrade failed</source>
        <translation>The backup before the upgrade failed</translation>
    </message>
    <message>
        <source>Upgrading the workspace failed</source>
        <translation>Upgrading the workspace failed</translation>
    </message>
</context>
<context>
    <name>SearchCommandText</name>
    <message>
        <source>incoming or outgoing.</source>
        <translation>incoming or outgoing.</translation>
    </message>
    <message>
        <source>Document type.</source>
        <translation>Document type.</translation>
    </message>
    <message>
        <source>type</source>
        <translation>type</translation>
    </message>
    <message>
        <source>Registered on or after this date.</source>
        <translation>Registered on or after this date.</translation>
    </message>
    <message>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <source>Registered on or before this date.</source>
        <translation>Registered on or before this date.</translation>
    </message>
    <message>
        <source>Urgency level.</source>
        <translation>Urgency level.</translation>
    </message>
    <message>
        <source>level</source>
        <translation>level</translation>
    </message>
    <message>
        <source>Results per page (default 20).</source>
        <translation>Results per page (default 20).</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Continue from the cursor printed with the previous page.</source>
        <translation>Continue from the cursor printed with the previous page.</translation>
    </message>
    <message>
        <source>cursor</source>
        <translation>cursor</translation>
    </message>
    <message>
        <source>Search documents, with or without diacritics.</source>
        <translation>Search documents, with or without diacritics.</translation>
    </message>
    <message>
        <source>[words]</source>
        <translation>[words]</translation>
    </message>
    <message>
        <source>--register must be incoming or outgoing.</source>
        <translation>--register must be incoming or outgoing.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date; write 2026-03-05 or 05/03/2026.</source>
        <translation>&quot;%1&quot; is not a date; write 2026-03-05 or 05/03/2026.</translation>
    </message>
    <message>
        <source>--after takes the cursor printed by the previous page.</source>
        <translation>--after takes the cursor printed by the previous page.</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Register</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Number/symbol</source>
        <translation>Number/symbol</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>in</source>
        <translation>in</translation>
    </message>
    <message>
        <source>out</source>
        <translation>out</translation>
    </message>
    <message>
        <source>(nothing found)</source>
        <translation>(nothing found)</translation>
    </message>
    <message>
        <source>More: add --after %1</source>
        <translation>More: add --after %1</translation>
    </message>
</context>
<context>
    <name>SearchServiceText</name>
    <message>
        <source>Ask for between 1 and 1000 results at a time.</source>
        <translation>Ask for between 1 and 1000 results at a time.</translation>
    </message>
</context>
<context>
    <name>SeriesCommandText</name>
    <message>
        <source>Code of the new series, e.g. QPPL-QD.</source>
        <translation>Code of the new series, e.g. QPPL-QD.</translation>
    </message>
    <message>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <source>Name of the new series.</source>
        <translation>Name of the new series.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>text</translation>
    </message>
    <message>
        <source>incoming or outgoing.</source>
        <translation>incoming or outgoing.</translation>
    </message>
    <message>
        <source>general, secret, copies or types.</source>
        <translation>general, secret, copies or types.</translation>
    </message>
    <message>
        <source>scope</source>
        <translation>scope</translation>
    </message>
    <message>
        <source>Comma-separated document types numbered in this series.</source>
        <translation>Comma-separated document types numbered in this series.</translation>
    </message>
    <message>
        <source>list</source>
        <translation>list</translation>
    </message>
    <message>
        <source>The series numbers legal normative documents (QPPL).</source>
        <translation>The series numbers legal normative documents (QPPL).</translation>
    </message>
    <message>
        <source>Issuer abbreviation in symbols when not the agency&apos;s (an advisory body).</source>
        <translation>Issuer abbreviation in symbols when not the agency&apos;s (an advisory body).</translation>
    </message>
    <message>
        <source>list or add</source>
        <translation>list or add</translation>
    </message>
    <message>
        <source>List or add numbering series.</source>
        <translation>List or add numbering series.</translation>
    </message>
    <message>
        <source>Unknown action &quot;%1&quot;; use list or add.</source>
        <translation>Unknown action &quot;%1&quot;; use list or add.</translation>
    </message>
    <message>
        <source>--direction must be incoming or outgoing.</source>
        <translation>--direction must be incoming or outgoing.</translation>
    </message>
    <message>
        <source>Series added:</source>
        <translation>Series added:</translation>
    </message>
</context>
<context>
    <name>SeriesServiceText</name>
    <message>
        <source>A series code uses only the letters A–Z, digits and &quot;-&quot; (for example QPPL-QD).</source>
        <translation>A series code uses only the letters A–Z, digits and &quot;-&quot; (for example QPPL-QD).</translation>
    </message>
    <message>
        <source>A series for particular types needs the list of those types.</source>
        <translation>A series for particular types needs the list of those types.</translation>
    </message>
    <message>
        <source>Only a series of scope &quot;types&quot; takes a list of document types.</source>
        <translation>Only a series of scope &quot;types&quot; takes a list of document types.</translation>
    </message>
    <message>
        <source>A series for legal normative documents must be an outgoing series of scope &quot;types&quot; (one series per type).</source>
        <translation>A series for legal normative documents must be an outgoing series of scope &quot;types&quot; (one series per type).</translation>
    </message>
    <message>
        <source>Only outgoing series can number copies.</source>
        <translation>Only outgoing series can number copies.</translation>
    </message>
    <message>
        <source>Arrival numbers run in one series per year for all types (Decree 30/2020, Article 22); only a separate secret register is allowed.</source>
        <translation>Arrival numbers run in one series per year for all types (Decree 30/2020, Article 22); only a separate secret register is allowed.</translation>
    </message>
    <message>
        <source>A series with the code %1 already exists.</source>
        <translation>A series with the code %1 already exists.</translation>
    </message>
    <message>
        <source>The series %1 already has the scope &quot;%2&quot; for this register.</source>
        <translation>The series %1 already has the scope &quot;%2&quot; for this register.</translation>
    </message>
    <message>
        <source>The type %1 is already numbered in the series %2.</source>
        <translation>The type %1 is already numbered in the series %2.</translation>
    </message>
    <message>
        <source>A secret document is numbered in the secret series, not in %1 (Decree 30/2020, Article 15).</source>
        <translation>A secret document is numbered in the secret series, not in %1 (Decree 30/2020, Article 15).</translation>
    </message>
    <message>
        <source>The series %1 is for secret documents only.</source>
        <translation>The series %1 is for secret documents only.</translation>
    </message>
    <message>
        <source>Copies are numbered in the copies series, not in %1.</source>
        <translation>Copies are numbered in the copies series, not in %1.</translation>
    </message>
    <message>
        <source>The series %1 numbers copies only.</source>
        <translation>The series %1 numbers copies only.</translation>
    </message>
    <message>
        <source>The series %1 does not number this kind of document.</source>
        <translation>The series %1 does not number this kind of document.</translation>
    </message>
    <message>
        <source>There is no incoming register with the code %1.</source>
        <translation>There is no incoming register with the code %1.</translation>
    </message>
    <message>
        <source>There is no register for secret incoming documents. Add one first.</source>
        <translation>There is no register for secret incoming documents. Add one first.</translation>
    </message>
    <message>
        <source>There is no incoming register. Initialise the workspace first.</source>
        <translation>There is no incoming register. Initialise the workspace first.</translation>
    </message>
    <message>
        <source>There is no outgoing series with the code %1.</source>
        <translation>There is no outgoing series with the code %1.</translation>
    </message>
    <message>
        <source>No numbering series is configured for legal normative documents of the type %1. Add one (one series per type).</source>
        <translation>No numbering series is configured for legal normative documents of the type %1. Add one (one series per type).</translation>
    </message>
    <message>
        <source>No numbering series fits this document. Configure the series of the agency first.</source>
        <translation>No numbering series fits this document. Configure the series of the agency first.</translation>
    </message>
</context>
<context>
    <name>SerifFontText</name>
    <message>
        <source>The font Liberation Serif 2 is missing. Install the package fonts-liberation2.</source>
        <translation>The font Liberation Serif 2 is missing. Install the package fonts-liberation2.</translation>
    </message>
</context>
<context>
    <name>ShowCommandText</name>
    <message>
        <source>Document id</source>
        <translation>Document id</translation>
    </message>
    <message>
        <source>Arrival number</source>
        <translation>Arrival number</translation>
    </message>
    <message>
        <source>Arrival date</source>
        <translation>Arrival date</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>Series</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Number/symbol</source>
        <translation>Number/symbol</translation>
    </message>
    <message>
        <source>Date of the document</source>
        <translation>Date of the document</translation>
    </message>
    <message>
        <source>Issuing agency</source>
        <translation>Issuing agency</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Signer</source>
        <translation>Signer</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Urgency</translation>
    </message>
    <message>
        <source>Secrecy</source>
        <translation>Secrecy</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Receiving unit or person</source>
        <translation>Receiving unit or person</translation>
    </message>
    <message>
        <source>Handed on</source>
        <translation>Handed on</translation>
    </message>
    <message>
        <source>Registered again despite</source>
        <translation>Registered again despite</translation>
    </message>
    <message>
        <source>document %1: %2</source>
        <translation>document %1: %2</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Recipients</translation>
    </message>
    <message>
        <source>File copy kept by</source>
        <translation>File copy kept by</translation>
    </message>
    <message>
        <source>Copies issued</source>
        <translation>Copies issued</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>edXML document id</source>
        <translation>edXML document id</translation>
    </message>
    <message>
        <source>Registered by</source>
        <translation>Registered by</translation>
    </message>
    <message>
        <source>Attachment %1</source>
        <translation>Attachment %1</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n page(s), %2 bytes, SHA-256 %3</source>
        <translation>
            <numerusform>%1, %n page, %2 bytes, SHA-256 %3</numerusform>
            <numerusform>%1, %n pages, %2 bytes, SHA-256 %3</numerusform>
        </translation>
    </message>
    <message>
        <source>Also print the audit history.</source>
        <translation>Also print the audit history.</translation>
    </message>
    <message>
        <source>Show one registered document.</source>
        <translation>Show one registered document.</translation>
    </message>
    <message>
        <source>Give the document id, e.g. &quot;show 17&quot;.</source>
        <translation>Give the document id, e.g. &quot;show 17&quot;.</translation>
    </message>
</context>
<context>
    <name>UrgencyText</name>
    <message>
        <source>&quot;%1&quot; is not a valid %2.</source>
        <translation>&quot;%1&quot; is not a valid %2.</translation>
    </message>
    <message>
        <source>urgency (normal, khẩn, thượng khẩn, hỏa tốc)</source>
        <translation>urgency (normal, khẩn, thượng khẩn, hỏa tốc)</translation>
    </message>
    <message>
        <source>secrecy level (none, mật, tối mật, tuyệt mật)</source>
        <translation>secrecy level (none, mật, tối mật, tuyệt mật)</translation>
    </message>
</context>
<context>
    <name>WorkspaceText</name>
    <message>
        <source>There is no VanThu workspace in %1. Create one with &quot;vanthu-cli init&quot;.</source>
        <translation>There is no VanThu workspace in %1. Create one with &quot;vanthu-cli init&quot;.</translation>
    </message>
    <message>
        <source>Could not create the workspace folder %1.</source>
        <translation>Could not create the workspace folder %1.</translation>
    </message>
    <message>
        <source>The workspace %1 is on a network drive. Keep it on a local disk; other computers will share documents through the exchange hub.</source>
        <translation>The workspace %1 is on a network drive. Keep it on a local disk; other computers will share documents through the exchange hub.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>VanThu – official documents and registers</source>
        <translation>VanThu – official documents and registers</translation>
    </message>
    <message>
        <source>Workspace folder to open.</source>
        <translation>Workspace folder to open.</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>folder</translation>
    </message>
    <message>
        <source>Language: vi (default) or en.</source>
        <translation>Language: vi (default) or en.</translation>
    </message>
    <message>
        <source>VanThu</source>
        <translation>VanThu</translation>
    </message>
</context>
<context>
    <name>vanthu::gui::DocumentDetails</name>
    <message>
        <source>Document details</source>
        <translation>Document details</translation>
    </message>
    <message>
        <source>Arrival number</source>
        <translation>Arrival number</translation>
    </message>
    <message>
        <source>Arrival date</source>
        <translation>Arrival date</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Date of the document</source>
        <translation>Date of the document</translation>
    </message>
    <message>
        <source>Issuing agency</source>
        <translation>Issuing agency</translation>
    </message>
    <message>
        <source>Signer</source>
        <translation>Signer</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Urgency</translation>
    </message>
    <message>
        <source>Secrecy</source>
        <translation>Secrecy</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>Receiving unit or person</source>
        <translation>Receiving unit or person</translation>
    </message>
    <message>
        <source>Handed on</source>
        <translation>Handed on</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Recipients</translation>
    </message>
    <message>
        <source>File copy kept by</source>
        <translation>File copy kept by</translation>
    </message>
    <message>
        <source>Copies issued</source>
        <translation>Copies issued</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Registered by</source>
        <translation>Registered by</translation>
    </message>
    <message>
        <source>Attachment %1</source>
        <translation>Attachment %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n page(s), SHA-256 %2…)</source>
        <translation>
            <numerusform>%1 (%n page, SHA-256 %2…)</numerusform>
            <numerusform>%1 (%n pages, SHA-256 %2…)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vanthu::gui::MainWindow</name>
    <message>
        <source>VanThu – %1</source>
        <translation>VanThu – %1</translation>
    </message>
    <message>
        <source>VanThu</source>
        <translation>VanThu</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <source>Incoming documents</source>
        <translation>Incoming documents</translation>
    </message>
    <message>
        <source>Outgoing documents</source>
        <translation>Outgoing documents</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>Workspace: %1</source>
        <translation>Workspace: %1</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Incoming documents</source>
        <translation>&amp;Incoming documents</translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <source>&amp;Outgoing documents</source>
        <translation>&amp;Outgoing documents</translation>
    </message>
    <message>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Reload</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
</context>
<context>
    <name>vanthu::gui::RegisterTableModel</name>
    <message>
        <source>Arrival no.</source>
        <translation>Arrival no.</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Arrival date</source>
        <translation>Arrival date</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Number/symbol</source>
        <translation>Number/symbol</translation>
    </message>
    <message>
        <source>Type and subject</source>
        <translation>Type and subject</translation>
    </message>
    <message>
        <source>Issuing agency</source>
        <translation>Issuing agency</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Recipients</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Urgency</translation>
    </message>
    <message>
        <source>In %1</source>
        <translation>In %1</translation>
    </message>
    <message>
        <source>Out %1</source>
        <translation>Out %1</translation>
    </message>
    <message>
        <source>Register, no.</source>
        <translation>Register, no.</translation>
    </message>
    <message>
        <source>From / to</source>
        <translation>From / to</translation>
    </message>
</context>
<context>
    <name>vanthu::gui::RegisterView</name>
    <message>
        <source>Register book</source>
        <translation>Register book</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Incoming register</source>
        <translation>Incoming register</translation>
    </message>
    <message>
        <source>Outgoing register</source>
        <translation>Outgoing register</translation>
    </message>
    <message>
        <source>&amp;Book:</source>
        <translation>&amp;Book:</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <source>Select a document to see its details.</source>
        <translation>Select a document to see its details.</translation>
    </message>
</context>
<context>
    <name>vanthu::gui::SearchView</name>
    <message>
        <source>Search words</source>
        <translation>Search words</translation>
    </message>
    <message>
        <source>Number/symbol, subject, agency or words in the document – with or without diacritics</source>
        <translation>Number/symbol, subject, agency or words in the document – with or without diacritics</translation>
    </message>
    <message>
        <source>Register to search</source>
        <translation>Register to search</translation>
    </message>
    <message>
        <source>Both registers</source>
        <translation>Both registers</translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation>Incoming</translation>
    </message>
    <message>
        <source>Outgoing</source>
        <translation>Outgoing</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Search results</translation>
    </message>
    <message>
        <source>Type to search both registers.</source>
        <translation>Type to search both registers.</translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation>Nothing found.</translation>
    </message>
    <message>
        <source>Select a document to see its details.</source>
        <translation>Select a document to see its details.</translation>
    </message>
</context>
</TS>
