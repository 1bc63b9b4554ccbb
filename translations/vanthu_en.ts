<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AgencyProfileText</name>
    <message>
        <source>The agency abbreviation may not contain spaces or "/".</source>
        <translation>The agency abbreviation may not contain spaces or "/".</translation>
    </message>
</context>
<context>
    <name>AgencyServiceText</name>
    <message>
        <source>This workspace is already set up for %1.</source>
        <translation>This workspace is already set up for %1.</translation>
    </message>
    <message>
        <source>The workspace has not been set up yet. Run "vanthu-cli init" first.</source>
        <translation>The workspace has not been set up yet. Run "vanthu-cli init" first.</translation>
    </message>
</context>
<context>
    <name>AlgorithmPolicyText</name>
    <message>
        <source>MD5</source>
        <translation>MD5</translation>
    </message>
    <message>
        <source>collisions are practical (RFC 6151); neither ETSI TS 119 312 nor SOG-IS list it</source>
        <translation>collisions are practical (RFC 6151); neither ETSI TS 119 312 nor SOG-IS list it</translation>
    </message>
    <message>
        <source>SHA-1 in signatures</source>
        <translation>SHA-1 in signatures</translation>
    </message>
    <message>
        <source>SHA-224</source>
        <translation>SHA-224</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>SHA-384</source>
        <translation>SHA-384</translation>
    </message>
    <message>
        <source>SHA-512</source>
        <translation>SHA-512</translation>
    </message>
    <message>
        <source>SHA3-256</source>
        <translation>SHA3-256</translation>
    </message>
    <message>
        <source>SHA3-384</source>
        <translation>SHA3-384</translation>
    </message>
    <message>
        <source>SHA3-512</source>
        <translation>SHA3-512</translation>
    </message>
    <message>
        <source>RSA below 1024 bits</source>
        <translation>RSA below 1024 bits</translation>
    </message>
    <message>
        <source>elliptic curves below 224 bits</source>
        <translation>elliptic curves below 224 bits</translation>
    </message>
    <message>
        <source>elliptic curves below 256 bits</source>
        <translation>elliptic curves below 256 bits</translation>
    </message>
    <message>
        <source>elliptic curves of 256 bits or more</source>
        <translation>elliptic curves of 256 bits or more</translation>
    </message>
    <message>
        <source>Ed25519</source>
        <translation>Ed25519</translation>
    </message>
    <message>
        <source>Ed448</source>
        <translation>Ed448</translation>
    </message>
    <message>
        <source>unknown algorithm</source>
        <translation>unknown algorithm</translation>
    </message>
    <message>
        <source>not in VanThu's policy table</source>
        <translation>not in VanThu's policy table</translation>
    </message>
    <message>
        <source>%1: refused (%2)</source>
        <translation>%1: refused (%2)</translation>
    </message>
    <message>
        <source>%1: accepted (%2)</source>
        <translation>%1: accepted (%2)</translation>
    </message>
    <message>
        <source>%1: accepted only before %2 (%3)</source>
        <translation>%1: accepted only before %2 (%3)</translation>
    </message>
    <message>
        <source>ETSI TS 119 312 V1.5.1 (legacy)</source>
        <translation>ETSI TS 119 312 V1.5.1 (legacy)</translation>
    </message>
    <message>
        <source>RSA below 1900 bits</source>
        <translation>RSA below 1900 bits</translation>
    </message>
    <message>
        <source>RSA of 1900 to 2999 bits</source>
        <translation>RSA of 1900 to 2999 bits</translation>
    </message>
    <message>
        <source>RSA of 3000 bits or more</source>
        <translation>RSA of 3000 bits or more</translation>
    </message>
    <message>
        <source>DSA below 1900 bits</source>
        <translation>DSA below 1900 bits</translation>
    </message>
    <message>
        <source>DSA of 1900 to 2999 bits</source>
        <translation>DSA of 1900 to 2999 bits</translation>
    </message>
    <message>
        <source>DSA of 3000 bits or more</source>
        <translation>DSA of 3000 bits or more</translation>
    </message>
    <message>
        <source>%1: accepted until %2, a legacy suite (%3)</source>
        <translation>%1: accepted until %2, a legacy suite (%3)</translation>
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
    <name>AttachCommandText</name>
    <message>
        <source>The PDF to add.</source>
        <translation>The PDF to add.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>Add it as a new version of this file of the document (1 is the main file); without it, a new file.</source>
        <translation>Add it as a new version of this file of the document (1 is the main file); without it, a new file.</translation>
    </message>
    <message>
        <source>Why the file is added.</source>
        <translation>Why the file is added.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>text</translation>
    </message>
    <message>
        <source>Check its signatures without asking revocation responders.</source>
        <translation>Check its signatures without asking revocation responders.</translation>
    </message>
    <message>
        <source>Add a file to a document later, as a new version: nothing is replaced, the history keeps every version.</source>
        <translation>Add a file to a document later, as a new version: nothing is replaced, the history keeps every version.</translation>
    </message>
    <message>
        <source>Give the document id, --pdf and --reason, e.g. "attach 17 --pdf phu-luc.pdf --reason "phụ lục gửi sau"".</source>
        <translation>Give the document id, --pdf and --reason, e.g. "attach 17 --pdf phu-luc.pdf --reason "phụ lục gửi sau"".</translation>
    </message>
    <message>
        <source>--replaces takes the number of a file, from 1.</source>
        <translation>--replaces takes the number of a file, from 1.</translation>
    </message>
    <message>
        <source>Added to document %1 as version %2 of file %3; signatures: %4.</source>
        <translation>Added to document %1 as version %2 of file %3; signatures: %4.</translation>
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
        <source>The only audit action is "verify".</source>
        <translation>The only audit action is "verify".</translation>
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
    <name>BackupCommandText</name>
    <message>
        <source>The new folder to write the backup into.</source>
        <translation>The new folder to write the backup into.</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>folder</translation>
    </message>
    <message>
        <source>Back up the workspace while others keep working: the registers, every document file and a manifest of hashes.</source>
        <translation>Back up the workspace while others keep working: the registers, every document file and a manifest of hashes.</translation>
    </message>
    <message>
        <source>Name the folder of the backup with --out.</source>
        <translation>Name the folder of the backup with --out.</translation>
    </message>
    <message>
        <source>Backup written to %1: %2</source>
        <translation>Backup written to %1: %2</translation>
    </message>
    <message>
        <source>Check the backup through and change nothing.</source>
        <translation>Check the backup through and change nothing.</translation>
    </message>
    <message>
        <source>Restore a backup as the workspace, after checking every file against its manifest. A workspace that is there is moved aside, never deleted. Close VanThu on every desk first.</source>
        <translation>Restore a backup as the workspace, after checking every file against its manifest. A workspace that is there is moved aside, never deleted. Close VanThu on every desk first.</translation>
    </message>
    <message>
        <source>Name the backup folder, e.g. "restore /media/usb/sao-luu".</source>
        <translation>Name the backup folder, e.g. "restore /media/usb/sao-luu".</translation>
    </message>
    <message>
        <source>The backup is complete and intact: %1</source>
        <translation>The backup is complete and intact: %1</translation>
    </message>
    <message>
        <source>Restored into %1: %2</source>
        <translation>Restored into %1: %2</translation>
    </message>
    <message>
        <source>The workspace that was there is kept in %1.</source>
        <translation>The workspace that was there is kept in %1.</translation>
    </message>
</context>
<context>
    <name>BackupTaskText</name>
    <message>
        <source>Back up the workspace</source>
        <translation>Back up the workspace</translation>
    </message>
    <message>
        <source>Backing up to %1…</source>
        <translation>Backing up to %1…</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Restore from a backup</translation>
    </message>
    <message>
        <source>Checking the backup %1…</source>
        <translation>Checking the backup %1…</translation>
    </message>
    <message>
        <source>Restoring the backup %1…</source>
        <translation>Restoring the backup %1…</translation>
    </message>
</context>
<context>
    <name>BackupText</name>
    <message>
        <source>The backup cannot be used: %1.</source>
        <translation>The backup cannot be used: %1.</translation>
    </message>
    <message>
        <source>The backup was cancelled; nothing was replaced.</source>
        <translation>The backup was cancelled; nothing was replaced.</translation>
    </message>
    <message>
        <source>Could not read %1.</source>
        <translation>Could not read %1.</translation>
    </message>
    <message>
        <source>The backup lacks the file %1.</source>
        <translation>The backup lacks the file %1.</translation>
    </message>
    <message>
        <source>its database is damaged</source>
        <translation>its database is damaged</translation>
    </message>
    <message>
        <source>rows of its database name records that are missing</source>
        <translation>rows of its database name records that are missing</translation>
    </message>
    <message>
        <source>The backup was made by a newer VanThu (schema %1); update VanThu to restore it.</source>
        <translation>The backup was made by a newer VanThu (schema %1); update VanThu to restore it.</translation>
    </message>
    <message>
        <source>%1 is not a VanThu backup: it has no manifest.</source>
        <translation>%1 is not a VanThu backup: it has no manifest.</translation>
    </message>
    <message>
        <source>its manifest is damaged</source>
        <translation>its manifest is damaged</translation>
    </message>
    <message>
        <source>The backup was made by a newer VanThu; update VanThu.</source>
        <translation>The backup was made by a newer VanThu; update VanThu.</translation>
    </message>
    <message>
        <source>its manifest does not name the database</source>
        <translation>its manifest does not name the database</translation>
    </message>
    <message>
        <source>the file %1 is not the one backed up</source>
        <translation>the file %1 is not the one backed up</translation>
    </message>
    <message>
        <source>Could not create the folder %1.</source>
        <translation>Could not create the folder %1.</translation>
    </message>
    <message>
        <source>it lacks a file of a document</source>
        <translation>it lacks a file of a document</translation>
    </message>
    <message>
        <source>a file of a document is not the one backed up</source>
        <translation>a file of a document is not the one backed up</translation>
    </message>
    <message>
        <source>its database is not the one its manifest describes</source>
        <translation>its database is not the one its manifest describes</translation>
    </message>
    <message>
        <source>%1 exists already; choose a new folder for the backup.</source>
        <translation>%1 exists already; choose a new folder for the backup.</translation>
    </message>
    <message>
        <source>%1 is not a VanThu workspace.</source>
        <translation>%1 is not a VanThu workspace.</translation>
    </message>
    <message>
        <source>The database could not be copied</source>
        <translation>The database could not be copied</translation>
    </message>
    <message>
        <source>A file of a document could not be backed up</source>
        <translation>A file of a document could not be backed up</translation>
    </message>
    <message>
        <source>Could not finish the backup in %1.</source>
        <translation>Could not finish the backup in %1.</translation>
    </message>
    <message>
        <source>Could not create a temporary folder.</source>
        <translation>Could not create a temporary folder.</translation>
    </message>
    <message>
        <source>Could not move the current workspace %1 aside; nothing was replaced.</source>
        <translation>Could not move the current workspace %1 aside; nothing was replaced.</translation>
    </message>
    <message>
        <source>Could not put the restored workspace in place at %1.</source>
        <translation>Could not put the restored workspace in place at %1.</translation>
    </message>
    <message>
        <source>%1 documents and %2 files (%3 MB), taken %4, schema %5.</source>
        <translation>%1 documents and %2 files (%3 MB), taken %4, schema %5.</translation>
    </message>
</context>
<context>
    <name>BlobBatchText</name>
    <message>
        <source>A document file could not be stored (%1).</source>
        <translation>A document file could not be stored (%1).</translation>
    </message>
    <message>
        <source>Could not create the folder %1.</source>
        <translation>Could not create the folder %1.</translation>
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
    <name>CadesText</name>
    <message>
        <source>The signing certificate cannot be read.</source>
        <translation>The signing certificate cannot be read.</translation>
    </message>
    <message>
        <source>The key produced a signature that does not match its certificate. The key and the certificate may not belong together, or the token is faulty.</source>
        <translation>The key produced a signature that does not match its certificate. The key and the certificate may not belong together, or the token is faulty.</translation>
    </message>
</context>
<context>
    <name>CertificateFileText</name>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>The file %1 does not exist.</translation>
    </message>
    <message>
        <source>The file %1 cannot be read.</source>
        <translation>The file %1 cannot be read.</translation>
    </message>
    <message>
        <source>The file %1 holds no certificate (PEM or DER).</source>
        <translation>The file %1 holds no certificate (PEM or DER).</translation>
    </message>
</context>
<context>
    <name>CertificateSummaryText</name>
    <message>
        <source>The certificate stored on the token cannot be read.</source>
        <translation>The certificate stored on the token cannot be read.</translation>
    </message>
</context>
<context>
    <name>ChangeAnalysisText</name>
    <message>
        <source>A later revision holds an unreadable object (%1).</source>
        <translation>A later revision holds an unreadable object (%1).</translation>
    </message>
    <message>
        <source>A document timestamp was added.</source>
        <translation>A document timestamp was added.</translation>
    </message>
    <message>
        <source>An invisible signature field was added.</source>
        <translation>An invisible signature field was added.</translation>
    </message>
    <message>
        <source>A new form field was added after signing; it can show any text over the page.</source>
        <translation>A new form field was added after signing; it can show any text over the page.</translation>
    </message>
    <message>
        <source>Long-term validation data or metadata was added.</source>
        <translation>Long-term validation data or metadata was added.</translation>
    </message>
    <message>
        <source>The form's field list was extended.</source>
        <translation>The form's field list was extended.</translation>
    </message>
    <message>
        <source>The document information (author, dates) was updated.</source>
        <translation>The document information (author, dates) was updated.</translation>
    </message>
    <message>
        <source>Fields were removed or reordered in the form.</source>
        <translation>Fields were removed or reordered in the form.</translation>
    </message>
    <message>
        <source>Page %1 received new annotations or fields (see below).</source>
        <translation>Page %1 received new annotations or fields (see below).</translation>
    </message>
    <message>
        <source>Page %1 was changed (%2).</source>
        <translation>Page %1 was changed (%2).</translation>
    </message>
    <message>
        <source>Annotations of page %1 were removed or reordered.</source>
        <translation>Annotations of page %1 were removed or reordered.</translation>
    </message>
    <message>
        <source>The content of page %1 was replaced.</source>
        <translation>The content of page %1 was replaced.</translation>
    </message>
    <message>
        <source>The already signed field "%1" was changed.</source>
        <translation>The already signed field "%1" was changed.</translation>
    </message>
    <message>
        <source>The field "%1" was filled in.</source>
        <translation>The field "%1" was filled in.</translation>
    </message>
    <message>
        <source>The field "%1" was changed beyond its value (%2).</source>
        <translation>The field "%1" was changed beyond its value (%2).</translation>
    </message>
    <message>
        <source>An annotation (%1) was changed.</source>
        <translation>An annotation (%1) was changed.</translation>
    </message>
    <message>
        <source>An object of the signed document was redefined (object %1%2).</source>
        <translation>An object of the signed document was redefined (object %1%2).</translation>
    </message>
    <message>
        <source>The signature does not end where a revision of the document ends.</source>
        <translation>The signature does not end where a revision of the document ends.</translation>
    </message>
    <message>
        <source>The signed revision cannot be rebuilt.</source>
        <translation>The signed revision cannot be rebuilt.</translation>
    </message>
    <message>
        <source>A later revision does not build on the signed one (its cross-reference chain skips it).</source>
        <translation>A later revision does not build on the signed one (its cross-reference chain skips it).</translation>
    </message>
    <message>
        <source>Object %1 of the signed document was freed.</source>
        <translation>Object %1 of the signed document was freed.</translation>
    </message>
    <message>
        <source>Object %1, listed as free in the signed revision, was brought back into use.</source>
        <translation>Object %1, listed as free in the signed revision, was brought back into use.</translation>
    </message>
    <message>
        <source>The cross-reference entry of object %1 was pointed at other bytes of the signed revision.</source>
        <translation>The cross-reference entry of object %1 was pointed at other bytes of the signed revision.</translation>
    </message>
    <message>
        <source>An annotation (%1) on page %2 lies over the signature "%3".</source>
        <translation>An annotation (%1) on page %2 lies over the signature "%3".</translation>
    </message>
    <message>
        <source>A new visible signature field was added on page %1.</source>
        <translation>A new visible signature field was added on page %1.</translation>
    </message>
    <message>
        <source>A new visible signature field was added.</source>
        <translation>A new visible signature field was added.</translation>
    </message>
    <message>
        <source>An annotation (%1) was added on page %2.</source>
        <translation>An annotation (%1) was added on page %2.</translation>
    </message>
    <message>
        <source>An annotation (%1) was added but is not on any page.</source>
        <translation>An annotation (%1) was added but is not on any page.</translation>
    </message>
    <message>
        <source>Page %1 now shows an annotation the signed revision carried without showing it.</source>
        <translation>Page %1 now shows an annotation the signed revision carried without showing it.</translation>
    </message>
    <message>
        <source>The form was rewritten, not only extended (%1).</source>
        <translation>The form was rewritten, not only extended (%1).</translation>
    </message>
    <message>
        <source>The document's structure (catalog) was changed (%1).</source>
        <translation>The document's structure (catalog) was changed (%1).</translation>
    </message>
    <message>
        <source>A font used on page %1 was replaced (object %2).</source>
        <translation>A font used on page %1 was replaced (object %2).</translation>
    </message>
    <message>
        <source>An image or drawing used on page %1 was replaced (object %2).</source>
        <translation>An image or drawing used on page %1 was replaced (object %2).</translation>
    </message>
    <message>
        <source>The resources of page %1 were changed (object %2).</source>
        <translation>The resources of page %1 were changed (object %2).</translation>
    </message>
    <message>
        <source>The page tree was changed (pages added, removed or reordered).</source>
        <translation>The page tree was changed (pages added, removed or reordered).</translation>
    </message>
    <message>
        <source>An annotation (%1) on page %2 was changed.</source>
        <translation>An annotation (%1) on page %2 was changed.</translation>
    </message>
    <message>
        <source>Data was appended after the last revision without a cross-reference section; a viewer that repairs the file may show it.</source>
        <translation>Data was appended after the last revision without a cross-reference section; a viewer that repairs the file may show it.</translation>
    </message>
    <message>
        <source>A revision written after the signature cannot be read, so what it changes cannot be checked.</source>
        <translation>A revision written after the signature cannot be read, so what it changes cannot be checked.</translation>
    </message>
    <message>
        <source>Data was appended after the signature without a cross-reference section of its own.</source>
        <translation>Data was appended after the signature without a cross-reference section of its own.</translation>
    </message>
    <message>
        <source>A revision written after the signature is skipped by a later one: its changes are hidden from some viewers and shown by others.</source>
        <translation>A revision written after the signature is skipped by a later one: its changes are hidden from some viewers and shown by others.</translation>
    </message>
    <message>
        <source>Validation data (certificates, OCSP responses, CRLs) were added.</source>
        <translation>Validation data (certificates, OCSP responses, CRLs) were added.</translation>
    </message>
    <message>
        <source>Validation data the document held were changed or removed (%1).</source>
        <translation>Validation data the document held were changed or removed (%1).</translation>
    </message>
    <message>
        <source>The document's catalog was replaced by another one after signing: a reader now shows pages the signer did not sign.</source>
        <translation>The document's catalog was replaced by another one after signing: a reader now shows pages the signer did not sign.</translation>
    </message>
    <message>
        <source>Encryption was added to the document after signing.</source>
        <translation>Encryption was added to the document after signing.</translation>
    </message>
    <message>
        <source>Object %1, written after the signature, names the same key twice; readers disagree on which value counts.</source>
        <translation>Object %1, written after the signature, names the same key twice; readers disagree on which value counts.</translation>
    </message>
    <message>
        <source>A signature dictionary of the signed document was redefined (object %1).</source>
        <translation>A signature dictionary of the signed document was redefined (object %1).</translation>
    </message>
    <message>
        <source>The lock of a signature field was changed after signing.</source>
        <translation>The lock of a signature field was changed after signing.</translation>
    </message>
    <message>
        <source>The form's default resources (fonts for field values) were changed.</source>
        <translation>The form's default resources (fonts for field values) were changed.</translation>
    </message>
    <message>
        <source>The document's metadata was updated.</source>
        <translation>The document's metadata was updated.</translation>
    </message>
    <message>
        <source>The document's outline or tagged structure was updated.</source>
        <translation>The document's outline or tagged structure was updated.</translation>
    </message>
    <message>
        <source>Object %1 serves both as a field's appearance and as part of what page %2 draws; it may not change under the form-filling rule.</source>
        <translation>Object %1 serves both as a field's appearance and as part of what page %2 draws; it may not change under the form-filling rule.</translation>
    </message>
    <message>
        <source>A form field or signature was removed from page %1.</source>
        <translation>A form field or signature was removed from page %1.</translation>
    </message>
    <message>
        <source>An annotation (%1) was removed from page %2.</source>
        <translation>An annotation (%1) was removed from page %2.</translation>
    </message>
    <message>
        <source>Page %1 now shows an annotation written directly into its list.</source>
        <translation>Page %1 now shows an annotation written directly into its list.</translation>
    </message>
    <message>
        <source>The form's default appearance settings were changed.</source>
        <translation>The form's default appearance settings were changed.</translation>
    </message>
    <message>
        <source>Object %1 is used by more than one appearance or field; it may not change under the form-filling rule.</source>
        <translation>Object %1 is used by more than one appearance or field; it may not change under the form-filling rule.</translation>
    </message>
    <message>
        <source>The appearance of a form field was redrawn.</source>
        <translation>The appearance of a form field was redrawn.</translation>
    </message>
    <message>
        <source>Object %1, which the signed revision referred to without defining it, is now defined.</source>
        <translation>Object %1, which the signed revision referred to without defining it, is now defined.</translation>
    </message>
    <message>
        <source>The document's cross-reference data is broken; readers rebuild it, and what they then show was checked too.</source>
        <translation>The document's cross-reference data is broken; readers rebuild it, and what they then show was checked too.</translation>
    </message>
    <message>
        <source>Objects were written after the signature that no cross-reference section lists; a reader that repairs the file shows them.</source>
        <translation>Objects were written after the signature that no cross-reference section lists; a reader that repairs the file shows them.</translation>
    </message>
    <message>
        <source>An object written after the signature names the same key twice; readers disagree on which value counts.</source>
        <translation>An object written after the signature names the same key twice; readers disagree on which value counts.</translation>
    </message>
    <message>
        <source>An action (script, launch or form action) was added after signing.</source>
        <translation>An action (script, launch or form action) was added after signing.</translation>
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
        <source>Run "vanthu-cli %1 --help" for the options.</source>
        <translation>Run "vanthu-cli %1 --help" for the options.</translation>
    </message>
</context>
<context>
    <name>CmsVerifierText</name>
    <message>
        <source>The signed reference to the signing certificate does not match the certificate used (the certificate may have been swapped).</source>
        <translation>The signed reference to the signing certificate does not match the certificate used (the certificate may have been swapped).</translation>
    </message>
    <message>
        <source>The signature carries a signing-time attribute, which PAdES forbids (the time belongs in the PDF).</source>
        <translation>The signature carries a signing-time attribute, which PAdES forbids (the time belongs in the PDF).</translation>
    </message>
    <message>
        <source>The signed attributes are not those PAdES requires (content type, message digest, one signing certificate reference).</source>
        <translation>The signed attributes are not those PAdES requires (content type, message digest, one signing certificate reference).</translation>
    </message>
    <message>
        <source>The timestamp cannot be read.</source>
        <translation>The timestamp cannot be read.</translation>
    </message>
    <message>
        <source>The timestamp was not made for this signature.</source>
        <translation>The timestamp was not made for this signature.</translation>
    </message>
    <message>
        <source>The timestamp's own signature or its authority's certificate chain is not valid.</source>
        <translation>The timestamp's own signature or its authority's certificate chain is not valid.</translation>
    </message>
    <message>
        <source>The signer's certificate is not meant for signatures (key usage).</source>
        <translation>The signer's certificate is not meant for signatures (key usage).</translation>
    </message>
    <message>
        <source>Certificate trust was left out of this check on request.</source>
        <translation>Certificate trust was left out of this check on request.</translation>
    </message>
    <message>
        <source>The signer's certificate had expired at the signing time.</source>
        <translation>The signer's certificate had expired at the signing time.</translation>
    </message>
    <message>
        <source>The signer's certificate was not yet valid at the signing time.</source>
        <translation>The signer's certificate was not yet valid at the signing time.</translation>
    </message>
    <message>
        <source>The signer's certificate does not lead to a trusted certification authority.</source>
        <translation>The signer's certificate does not lead to a trusted certification authority.</translation>
    </message>
    <message>
        <source>The signer's certificate chain is not valid (%1).</source>
        <translation>The signer's certificate chain is not valid (%1).</translation>
    </message>
    <message>
        <source>The signature value cannot be read.</source>
        <translation>The signature value cannot be read.</translation>
    </message>
    <message>
        <source>The signature names no signer.</source>
        <translation>The signature names no signer.</translation>
    </message>
    <message>
        <source>The signer's certificate is not in the signature.</source>
        <translation>The signer's certificate is not in the signature.</translation>
    </message>
    <message>
        <source>The signature has no signed attributes (not PAdES).</source>
        <translation>The signature has no signed attributes (not PAdES).</translation>
    </message>
    <message>
        <source>The signed content was changed after signing: its hash no longer matches.</source>
        <translation>The signed content was changed after signing: its hash no longer matches.</translation>
    </message>
    <message>
        <source>The signature value does not verify with the signer's certificate.</source>
        <translation>The signature value does not verify with the signer's certificate.</translation>
    </message>
    <message>
        <source>The document timestamp cannot be read.</source>
        <translation>The document timestamp cannot be read.</translation>
    </message>
    <message>
        <source>The timestamp authority's certificate does not lead to a trusted certification authority.</source>
        <translation>The timestamp authority's certificate does not lead to a trusted certification authority.</translation>
    </message>
    <message>
        <source>The document was changed after its timestamp: the hash the authority stamped no longer matches.</source>
        <translation>The document was changed after its timestamp: the hash the authority stamped no longer matches.</translation>
    </message>
    <message>
        <source>The timestamp's own signature is not valid.</source>
        <translation>The timestamp's own signature is not valid.</translation>
    </message>
    <message>
        <source>key of %1 (%2)</source>
        <translation>key of %1 (%2)</translation>
    </message>
    <message>
        <source>digest of the certificate of %1</source>
        <translation>digest of the certificate of %1</translation>
    </message>
    <message>
        <source>the timestamp authority</source>
        <translation>the timestamp authority</translation>
    </message>
    <message>
        <source>digest of the timestamp's signature</source>
        <translation>digest of the timestamp's signature</translation>
    </message>
    <message>
        <source>digest the timestamp stamps</source>
        <translation>digest the timestamp stamps</translation>
    </message>
    <message>
        <source>The timestamp authority's certificate is not meant for timestamps (it lacks the critical timeStamping extended key usage): the timestamp is not valid.</source>
        <translation>The timestamp authority's certificate is not meant for timestamps (it lacks the critical timeStamping extended key usage): the timestamp is not valid.</translation>
    </message>
    <message>
        <source>the certification authority</source>
        <translation>the certification authority</translation>
    </message>
    <message>
        <source>The signer's certificate is not meant for signing documents: its extended key usage allows only %1.</source>
        <translation>The signer's certificate is not meant for signing documents: its extended key usage allows only %1.</translation>
    </message>
    <message>
        <source>digest of the signature</source>
        <translation>digest of the signature</translation>
    </message>
    <message>
        <source>The signature carries signed content of its own where a detached signature of the document belongs.</source>
        <translation>The signature carries signed content of its own where a detached signature of the document belongs.</translation>
    </message>
    <message>
        <source>The signature holds %1 signers with different certificates where one signature dictionary belongs to one signer.</source>
        <translation>The signature holds %1 signers with different certificates where one signature dictionary belongs to one signer.</translation>
    </message>
    <message>
        <source>The signature holds %1 signers (all with the same certificate) where PAdES allows one.</source>
        <translation>The signature holds %1 signers (all with the same certificate) where PAdES allows one.</translation>
    </message>
    <message>
        <source>the signer</source>
        <translation>the signer</translation>
    </message>
</context>
<context>
    <name>CorrectionCommandText</name>
    <message>
        <source>registered (%1)</source>
        <translation>registered (%1)</translation>
    </message>
    <message>
        <source>in the register before the change log began</source>
        <translation>in the register before the change log began</translation>
    </message>
    <message>
        <source>corrected %1: "%2" → "%3"; reason: %4</source>
        <translation>corrected %1: "%2" → "%3"; reason: %4</translation>
    </message>
    <message>
        <source>number %1 voided; reason: %2</source>
        <translation>number %1 voided; reason: %2</translation>
    </message>
    <message>
        <source>The field to correct: subject, organName, issuedDate, signerPosition, signerName, urgency, dueDate, description, pageAmount, transferDate, toPlaces (incoming) or copyHolder (outgoing).</source>
        <translation>The field to correct: subject, organName, issuedDate, signerPosition, signerName, urgency, dueDate, description, pageAmount, transferDate, toPlaces (incoming) or copyHolder (outgoing).</translation>
    </message>
    <message>
        <source>The corrected value (dates as YYYY-MM-DD; empty clears an optional field).</source>
        <translation>The corrected value (dates as YYYY-MM-DD; empty clears an optional field).</translation>
    </message>
    <message>
        <source>Why the entry is corrected (kept in the register).</source>
        <translation>Why the entry is corrected (kept in the register).</translation>
    </message>
    <message>
        <source>Correct one field of a register entry; the history keeps the old value and the reason.</source>
        <translation>Correct one field of a register entry; the history keeps the old value and the reason.</translation>
    </message>
    <message>
        <source>Give the document id, --field, --value and --reason, e.g. "correct 17 --field subject --value "..." --reason "typing error"".</source>
        <translation>Give the document id, --field, --value and --reason, e.g. "correct 17 --field subject --value "..." --reason "typing error"".</translation>
    </message>
    <message>
        <source>Document %1 corrected: %2.</source>
        <translation>Document %1 corrected: %2.</translation>
    </message>
    <message>
        <source>Why the number was given by mistake.</source>
        <translation>Why the number was given by mistake.</translation>
    </message>
    <message>
        <source>Void the number of a register entry given by mistake: the entry stays, shown void, and the number is never given again.</source>
        <translation>Void the number of a register entry given by mistake: the entry stays, shown void, and the number is never given again.</translation>
    </message>
    <message>
        <source>Give the document id and --reason, e.g. "void 17 --reason "numbered twice"".</source>
        <translation>Give the document id and --reason, e.g. "void 17 --reason "numbered twice"".</translation>
    </message>
    <message>
        <source>The number of document %1 is void.</source>
        <translation>The number of document %1 is void.</translation>
    </message>
    <message>
        <source>Show every change of one document, oldest first.</source>
        <translation>Show every change of one document, oldest first.</translation>
    </message>
    <message>
        <source>Give the document id, e.g. "history 17".</source>
        <translation>Give the document id, e.g. "history 17".</translation>
    </message>
    <message>
        <source>entered as a draft (%1)</source>
        <translation>entered as a draft (%1)</translation>
    </message>
    <message>
        <source>version %1 approved (by %2)</source>
        <translation>version %1 approved (by %2)</translation>
    </message>
    <message>
        <source>signed by %1: version %2</source>
        <translation>signed by %1: version %2</translation>
    </message>
    <message>
        <source>file %1 added as version %2 (%3); reason: %4</source>
        <translation>file %1 added as version %2 (%3); reason: %4</translation>
    </message>
</context>
<context>
    <name>CorrectionText</name>
    <message>
        <source>The field %1 needs a date (YYYY-MM-DD).</source>
        <translation>The field %1 needs a date (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>"%1" is not a date; write it as YYYY-MM-DD.</source>
        <translation>"%1" is not a date; write it as YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>The number of pages must be a number.</source>
        <translation>The number of pages must be a number.</translation>
    </message>
    <message>
        <source>Number of pages</source>
        <translation>Number of pages</translation>
    </message>
    <message>
        <source>There is no document with the id %1.</source>
        <translation>There is no document with the id %1.</translation>
    </message>
    <message>
        <source>The number of this entry was voided (%1); it is not corrected any more.</source>
        <translation>The number of this entry was voided (%1); it is not corrected any more.</translation>
    </message>
    <message>
        <source>The field "%1" cannot be corrected. These can: %2. A wrong number is voided instead, and the document registered again.</source>
        <translation>The field "%1" cannot be corrected. These can: %2. A wrong number is voided instead, and the document registered again.</translation>
    </message>
    <message>
        <source>The field already holds this value: there is nothing to correct.</source>
        <translation>The field already holds this value: there is nothing to correct.</translation>
    </message>
    <message>
        <source>The number of this entry is already void (%1).</source>
        <translation>The number of this entry is already void (%1).</translation>
    </message>
    <message>
        <source>An outgoing document needs at least one recipient: one per line or separated by ";", as "name" or "identifier|name".</source>
        <translation>An outgoing document needs at least one recipient: one per line or separated by ";", as "name" or "identifier|name".</translation>
    </message>
    <message>
        <source>Document %1 is not in a register yet (%2): there is no entry to correct or number to void.</source>
        <translation>Document %1 is not in a register yet (%2): there is no entry to correct or number to void.</translation>
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
    <name>DemoModuleText</name>
    <message>
        <source>The demo is not installed. Install the package vanthu-demo to use it.</source>
        <translation>The demo is not installed. Install the package vanthu-demo to use it.</translation>
    </message>
</context>
<context>
    <name>DemoPkiText</name>
    <message>
        <source>The demo certificates could not be created.</source>
        <translation>The demo certificates could not be created.</translation>
    </message>
    <message>
        <source>%1 already exists.</source>
        <translation>%1 already exists.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>The folder %1 cannot be created.</translation>
    </message>
    <message>
        <source>DEMO certificates and images made by VanThu for the demo workspace. They prove nothing; never use them for real documents. The password of both .p12 files is %1.
</source>
        <translation>DEMO certificates and images made by VanThu for the demo workspace. They prove nothing; never use them for real documents. The password of both .p12 files is %1.
</translation>
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
    <name>DocumentEventsText</name>
    <message>
        <source>A recorded change of a document cannot be read (event %1).</source>
        <translation>A recorded change of a document cannot be read (event %1).</translation>
    </message>
    <message>
        <source>A change recorded by a newer VanThu cannot be read here; update VanThu.</source>
        <translation>A change recorded by a newer VanThu cannot be read here; update VanThu.</translation>
    </message>
</context>
<context>
    <name>DocumentStateText</name>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Registered</translation>
    </message>
    <message>
        <source>Presented to the leader</source>
        <translation>Presented to the leader</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>Assigned</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Returned to the clerk</source>
        <translation>Returned to the clerk</translation>
    </message>
    <message>
        <source>Returned to the sender</source>
        <translation>Returned to the sender</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>In review</translation>
    </message>
    <message>
        <source>Returned with comments</source>
        <translation>Returned with comments</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Signed</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Issued</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Recalled</source>
        <translation>Recalled</translation>
    </message>
    <message>
        <source>Replaced</source>
        <translation>Replaced</translation>
    </message>
    <message>
        <source>Filed in a case file</source>
        <translation>Filed in a case file</translation>
    </message>
    <message>
        <source>Handed to the archive</source>
        <translation>Handed to the archive</translation>
    </message>
    <message>
        <source>Disposed</source>
        <translation>Disposed</translation>
    </message>
    <message>
        <source>The document is already "%1".</source>
        <translation>The document is already "%1".</translation>
    </message>
    <message>
        <source>The document is "%1": nothing more happens to it.</source>
        <translation>The document is "%1": nothing more happens to it.</translation>
    </message>
    <message>
        <source>A received document cannot become "%1": that step belongs to documents the agency issues.</source>
        <translation>A received document cannot become "%1": that step belongs to documents the agency issues.</translation>
    </message>
    <message>
        <source>A document the agency issues cannot become "%1": that step belongs to received documents.</source>
        <translation>A document the agency issues cannot become "%1": that step belongs to received documents.</translation>
    </message>
    <message>
        <source>A document that is "%1" cannot become "%2"; it can become %3.</source>
        <translation>A document that is "%1" cannot become "%2"; it can become %3.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>DocumentTypesText</name>
    <message>
        <source>The document type is missing.</source>
        <translation>The document type is missing.</translation>
    </message>
    <message>
        <source>"%1" is not a document type of Decree 30/2020. Use a name such as "Quyết định" or an official abbreviation such as "QĐ".</source>
        <translation>"%1" is not a document type of Decree 30/2020. Use a name such as "Quyết định" or an official abbreviation such as "QĐ".</translation>
    </message>
    <message>
        <source>"%1" could mean %2. Type it with its diacritics.</source>
        <translation>"%1" could mean %2. Type it with its diacritics.</translation>
    </message>
</context>
<context>
    <name>DraftCommandText</name>
    <message>
        <source>A legal normative document (the year goes into the symbol).</source>
        <translation>A legal normative document (the year goes into the symbol).</translation>
    </message>
    <message>
        <source>Check a signed PDF without asking revocation responders.</source>
        <translation>Check a signed PDF without asking revocation responders.</translation>
    </message>
    <message>
        <source>Add a draft of an outgoing document to the workspace, for the leader to sign ("sign --document") and the clerk to issue ("issue --document").</source>
        <translation>Add a draft of an outgoing document to the workspace, for the leader to sign ("sign --document") and the clerk to issue ("issue --document").</translation>
    </message>
    <message>
        <source>Name the draft's PDF once with --pdf.</source>
        <translation>Name the draft's PDF once with --pdf.</translation>
    </message>
    <message>
        <source>Added as document %1 (%2), state: %3.</source>
        <translation>Added as document %1 (%2), state: %3.</translation>
    </message>
    <message>
        <source>List the outgoing documents waiting to be issued.</source>
        <translation>List the outgoing documents waiting to be issued.</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versions</translation>
    </message>
    <message>
        <source>Signer</source>
        <translation>Signer</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Say what to do: "draft add" or "draft list".</source>
        <translation>Say what to do: "draft add" or "draft list".</translation>
    </message>
</context>
<context>
    <name>DraftServiceText</name>
    <message>
        <source>Document %1 is an incoming document: it is not signed here.</source>
        <translation>Document %1 is an incoming document: it is not signed here.</translation>
    </message>
    <message>
        <source>The PDF's signature is broken or the file was changed after it was signed (%1).</source>
        <translation>The PDF's signature is broken or the file was changed after it was signed (%1).</translation>
    </message>
    <message>
        <source>A document's version is signed with the leader's signature; the seal is added when the document is issued.</source>
        <translation>A document's version is signed with the leader's signature; the seal is added when the document is issued.</translation>
    </message>
    <message>
        <source>The signed PDF did not pass its own check (%1); nothing was stored.</source>
        <translation>The signed PDF did not pass its own check (%1); nothing was stored.</translation>
    </message>
    <message>
        <source>Someone changed this document while it was being signed: open it again and sign its current version.</source>
        <translation>Someone changed this document while it was being signed: open it again and sign its current version.</translation>
    </message>
</context>
<context>
    <name>DssText</name>
    <message>
        <source>The document already holds all this validation data.</source>
        <translation>The document already holds all this validation data.</translation>
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
        <source>Say which register: "export-register incoming" or "export-register outgoing".</source>
        <translation>Say which register: "export-register incoming" or "export-register outgoing".</translation>
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
        <source>"%1" is not a date; write 2026-03-05 or 05/03/2026.</source>
        <translation>"%1" is not a date; write 2026-03-05 or 05/03/2026.</translation>
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
        <source>Signer's position</source>
        <translation>Signer's position</translation>
    </message>
    <message>
        <source>Signer's full name</source>
        <translation>Signer's full name</translation>
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
    <message>
        <source>Give the reason: the register keeps it with the change.</source>
        <translation>Give the reason: the register keeps it with the change.</translation>
    </message>
    <message>
        <source>The reason is longer than %1 characters.</source>
        <translation>The reason is longer than %1 characters.</translation>
    </message>
</context>
<context>
    <name>FileAdditionText</name>
    <message>
        <source>The number of document %1 was voided (%2): it takes no new file.</source>
        <translation>The number of document %1 was voided (%2): it takes no new file.</translation>
    </message>
    <message>
        <source>Document %1 is signed and waiting to be issued: its signed version is what will be issued, so it takes no new file. Return it to the drafter first.</source>
        <translation>Document %1 is signed and waiting to be issued: its signed version is what will be issued, so it takes no new file. Return it to the drafter first.</translation>
    </message>
    <message>
        <source>Document %1 has no file %2.</source>
        <translation>Document %1 has no file %2.</translation>
    </message>
    <message>
        <source>Someone changed document %1 meanwhile: open it again and add the file.</source>
        <translation>Someone changed document %1 meanwhile: open it again and add the file.</translation>
    </message>
    <message>
        <source>The file is the same as the current version of file %1: nothing to add.</source>
        <translation>The file is the same as the current version of file %1: nothing to add.</translation>
    </message>
</context>
<context>
    <name>FileSignerText</name>
    <message>
        <source>The signed file must not replace the original; choose another output file.</source>
        <translation>The signed file must not replace the original; choose another output file.</translation>
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
    <name>IssueCommandText</name>
    <message>
        <source>The PDF the leader signed (with the prepared number and date fields).</source>
        <translation>The PDF the leader signed (with the prepared number and date fields).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>Image of the agency's seal (PNG).</source>
        <translation>Image of the agency's seal (PNG).</translation>
    </message>
    <message>
        <source>Real diameter of the seal in millimetres (default 36).</source>
        <translation>Real diameter of the seal in millimetres (default 36).</translation>
    </message>
    <message>
        <source>Reason shown with the agency signature.</source>
        <translation>Reason shown with the agency signature.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>text</translation>
    </message>
    <message>
        <source>Place of signing.</source>
        <translation>Place of signing.</translation>
    </message>
    <message>
        <source>Check the leader's signature without asking revocation responders.</source>
        <translation>Check the leader's signature without asking revocation responders.</translation>
    </message>
    <message>
        <source>Issue a document the leader signed: check the signature, take the next number, fill number and date, add the agency signature with the seal, and register it, all or nothing.</source>
        <translation>Issue a document the leader signed: check the signature, take the next number, fill number and date, add the agency signature with the seal, and register it, all or nothing.</translation>
    </message>
    <message>
        <source>--seal-diameter must be between 10 and 80 millimetres.</source>
        <translation>--seal-diameter must be between 10 and 80 millimetres.</translation>
    </message>
    <message>
        <source>Issued as %1, dated %2, in series %3 (document id %4).</source>
        <translation>Issued as %1, dated %2, in series %3 (document id %4).</translation>
    </message>
    <message>
        <source>Leader's signature: %1; issued PDF checked: %2.</source>
        <translation>Leader's signature: %1; issued PDF checked: %2.</translation>
    </message>
    <message>
        <source>Issue this document of the workspace, signed there by the leader ("sign --document"); its fields are the defaults.</source>
        <translation>Issue this document of the workspace, signed there by the leader ("sign --document"); its fields are the defaults.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>--seal and one of --signed or --document are required.</source>
        <translation>--seal and one of --signed or --document are required.</translation>
    </message>
    <message>
        <source>--document takes a document id (see "draft list").</source>
        <translation>--document takes a document id (see "draft list").</translation>
    </message>
</context>
<context>
    <name>IssueServiceText</name>
    <message>
        <source>The PDF has no signature: the leader signs it before it is issued.</source>
        <translation>The PDF has no signature: the leader signs it before it is issued.</translation>
    </message>
    <message>
        <source>The leader's signature is broken or the document was changed after it was signed (%1): it cannot be issued.</source>
        <translation>The leader's signature is broken or the document was changed after it was signed (%1): it cannot be issued.</translation>
    </message>
    <message>
        <source>The issued PDF did not pass its own check (%1); nothing was issued.</source>
        <translation>The issued PDF did not pass its own check (%1); nothing was issued.</translation>
    </message>
    <message>
        <source>Document %1 is %2: only a document signed by the competent person is issued.</source>
        <translation>Document %1 is %2: only a document signed by the competent person is issued.</translation>
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
        <source>Say which register: "list incoming" or "list outgoing".</source>
        <translation>Say which register: "list incoming" or "list outgoing".</translation>
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
    <name>LongTermText</name>
    <message>
        <source>The document has no signature to keep valid.</source>
        <translation>The document has no signature to keep valid.</translation>
    </message>
    <message>
        <source>The certificate chain of "%1" is incomplete; give its certification authorities' certificates.</source>
        <translation>The certificate chain of "%1" is incomplete; give its certification authorities' certificates.</translation>
    </message>
    <message>
        <source>The certificate of "%1" is revoked (%2); validation data would not make its signature valid.</source>
        <translation>The certificate of "%1" is revoked (%2); validation data would not make its signature valid.</translation>
    </message>
    <message>
        <source>The certificate of "%1" names no OCSP responder and no CRL; its revocation status cannot be kept in the document.</source>
        <translation>The certificate of "%1" names no OCSP responder and no CRL; its revocation status cannot be kept in the document.</translation>
    </message>
    <message>
        <source>The revocation status of "%1" could not be obtained from %2; try again later.</source>
        <translation>The revocation status of "%1" could not be obtained from %2; try again later.</translation>
    </message>
</context>
<context>
    <name>LtvCommandText</name>
    <message>
        <source>The signed PDF.</source>
        <translation>The signed PDF.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>Where to write the extended PDF.</source>
        <translation>Where to write the extended PDF.</translation>
    </message>
    <message>
        <source>A root certificate the chains end at (PEM); may be repeated.</source>
        <translation>A root certificate the chains end at (PEM); may be repeated.</translation>
    </message>
    <message>
        <source>Intermediate CA certificates (PEM) missing from the signatures; may be repeated.</source>
        <translation>Intermediate CA certificates (PEM) missing from the signatures; may be repeated.</translation>
    </message>
    <message>
        <source>Timestamp authority URL: add a document timestamp after the validation data (PAdES B-LTA).</source>
        <translation>Timestamp authority URL: add a document timestamp after the validation data (PAdES B-LTA).</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>Seconds to wait for each OCSP, CRL or TSA server (default 10).</source>
        <translation>Seconds to wait for each OCSP, CRL or TSA server (default 10).</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>seconds</translation>
    </message>
    <message>
        <source>Add long-term validation data to a signed PDF: certificates, OCSP responses and CRLs for every signature (PAdES B-LT), and with --tsa a document timestamp (B-LTA).</source>
        <translation>Add long-term validation data to a signed PDF: certificates, OCSP responses and CRLs for every signature (PAdES B-LT), and with --tsa a document timestamp (B-LTA).</translation>
    </message>
    <message>
        <source>Give --in and --out.</source>
        <translation>Give --in and --out.</translation>
    </message>
    <message>
        <source>--timeout needs a whole number of seconds.</source>
        <translation>--timeout needs a whole number of seconds.</translation>
    </message>
    <message>
        <source>%1: validation data for %2 added (%3 certificates, %4 OCSP responses, %5 CRLs)%6.</source>
        <translation>%1: validation data for %2 added (%3 certificates, %4 OCSP responses, %5 CRLs)%6.</translation>
    </message>
    <message>
        <source>, then a document timestamp</source>
        <translation>, then a document timestamp</translation>
    </message>
</context>
<context>
    <name>MainText</name>
    <message>
        <source>vanthu-cli: unknown command "%1".</source>
        <translation>vanthu-cli: unknown command "%1".</translation>
    </message>
    <message>
        <source>Usage: vanthu-cli COMMAND [options]

Commands:
  init                      create a workspace for an agency
  series list|add           show or add numbering series
  register incoming         register a received document (số đến)
  register outgoing         register an issued document and give its number
  draft add --pdf FILE ...  add a draft of an outgoing document (no number yet)
  draft list                the outgoing documents waiting to be issued
  sign --document ID ...    the leader signs a draft's current version in the workspace
  issue (--signed FILE | --document ID) --seal PNG (--p12 FILE | --pkcs11 ...)
                            check the leader's signature, number, date and seal a
                            document, and register it (as the window's Issue)
  list incoming|outgoing    list a register, newest first
  show ID                   show one document
  correct ID --field F --value V --reason R
                            correct a field of an entry (the history keeps both)
  void ID --reason R        void a number given by mistake (never given again)
  attach ID --pdf FILE --reason R [--replaces N]
                            add a file later, as a new version (nothing is replaced)
  history ID                every change of one document
  recheck ID [--offline]    check a document's signatures again and store the report
  reports ID                the stored checks of a document's signatures
  search WORDS              full-text search, with or without diacritics
  audit verify              verify the hash-chained audit trail
  backup --out FOLDER       back up the workspace while others keep working
  restore FOLDER            check a backup and restore it (--verify-only: check only)
  export-register incoming|outgoing --out FILE
                            print a register to PDF, or export it to CSV or XLSX
  sign --in FILE --out FILE (--p12 FILE | --pkcs11 MODULE --token LABEL --key ID)
                            sign a PDF as PAdES; --out-dir FOLDER FILE... for a batch
  tokens --pkcs11 MODULE    list the tokens and the certificates on them
  verify FILE               check the signatures of a PDF (--trust-anchor, --json)
  ltv --in FILE --out FILE  add validation data (B-LT) and, with --tsa, a document
                            timestamp (B-LTA) to a signed PDF
  trust list|add|remove     the certification authorities trusted by verify
  demo                      create a demo workspace of Hà Nội agencies

Global options: --workspace FOLDER, --json, --actor NAME, --lang vi|en.
"vanthu-cli COMMAND --help" lists the options of a command.
</source>
        <translation>Usage: vanthu-cli COMMAND [options]

Commands:
  init                      create a workspace for an agency
  series list|add           show or add numbering series
  register incoming         register a received document (số đến)
  register outgoing         register an issued document and give its number
  draft add --pdf FILE ...  add a draft of an outgoing document (no number yet)
  draft list                the outgoing documents waiting to be issued
  sign --document ID ...    the leader signs a draft's current version in the workspace
  issue (--signed FILE | --document ID) --seal PNG (--p12 FILE | --pkcs11 ...)
                            check the leader's signature, number, date and seal a
                            document, and register it (as the window's Issue)
  list incoming|outgoing    list a register, newest first
  show ID                   show one document
  correct ID --field F --value V --reason R
                            correct a field of an entry (the history keeps both)
  void ID --reason R        void a number given by mistake (never given again)
  attach ID --pdf FILE --reason R [--replaces N]
                            add a file later, as a new version (nothing is replaced)
  history ID                every change of one document
  recheck ID [--offline]    check a document's signatures again and store the report
  reports ID                the stored checks of a document's signatures
  search WORDS              full-text search, with or without diacritics
  audit verify              verify the hash-chained audit trail
  backup --out FOLDER       back up the workspace while others keep working
  restore FOLDER            check a backup and restore it (--verify-only: check only)
  export-register incoming|outgoing --out FILE
                            print a register to PDF, or export it to CSV or XLSX
  sign --in FILE --out FILE (--p12 FILE | --pkcs11 MODULE --token LABEL --key ID)
                            sign a PDF as PAdES; --out-dir FOLDER FILE... for a batch
  tokens --pkcs11 MODULE    list the tokens and the certificates on them
  verify FILE               check the signatures of a PDF (--trust-anchor, --json)
  ltv --in FILE --out FILE  add validation data (B-LT) and, with --tsa, a document
                            timestamp (B-LTA) to a signed PDF
  trust list|add|remove     the certification authorities trusted by verify
  demo                      create a demo workspace of Hà Nội agencies

Global options: --workspace FOLDER, --json, --actor NAME, --lang vi|en.
"vanthu-cli COMMAND --help" lists the options of a command.
</translation>
    </message>
</context>
<context>
    <name>MappedFileText</name>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>The file %1 does not exist.</translation>
    </message>
    <message>
        <source>The file %1 cannot be read.</source>
        <translation>The file %1 cannot be read.</translation>
    </message>
    <message>
        <source>The file %1 is too large.</source>
        <translation>The file %1 is too large.</translation>
    </message>
</context>
<context>
    <name>ModificationPolicyText</name>
    <message>
        <source>no changes</source>
        <translation>no changes</translation>
    </message>
    <message>
        <source>form filling and signing</source>
        <translation>form filling and signing</translation>
    </message>
    <message>
        <source>form filling, signing and annotations</source>
        <translation>form filling, signing and annotations</translation>
    </message>
    <message>
        <source>long-term validation data</source>
        <translation>long-term validation data</translation>
    </message>
    <message>
        <source>annotations</source>
        <translation>annotations</translation>
    </message>
    <message>
        <source>changes no signature allows</source>
        <translation>changes no signature allows</translation>
    </message>
    <message>
        <source>This is a certification signature (P=%1): it allows %2 afterwards.</source>
        <translation>This is a certification signature (P=%1): it allows %2 afterwards.</translation>
    </message>
    <message>
        <source>The certification (P=%1) allows %2, but the document was changed after it: %3.</source>
        <translation>The certification (P=%1) allows %2, but the document was changed after it: %3.</translation>
    </message>
    <message>
        <source>A new visible signature field was added after certification; its appearance can show anything over the page.</source>
        <translation>A new visible signature field was added after certification; its appearance can show anything over the page.</translation>
    </message>
    <message>
        <source>a new visible signature field</source>
        <translation>a new visible signature field</translation>
    </message>
    <message>
        <source>The changes after certification stay within what it allows (P=%1).</source>
        <translation>The changes after certification stay within what it allows (P=%1).</translation>
    </message>
    <message>
        <source>Annotations were added or changed after this signature; they are not part of what was signed, so check what they show.</source>
        <translation>Annotations were added or changed after this signature; they are not part of what was signed, so check what they show.</translation>
    </message>
    <message>
        <source>The field "%1", locked by this signature, was changed afterwards.</source>
        <translation>The field "%1", locked by this signature, was changed afterwards.</translation>
    </message>
    <message>
        <source>An annotation was removed after this signature; only a certification that allows annotations (P=3) permits that.</source>
        <translation>An annotation was removed after this signature; only a certification that allows annotations (P=3) permits that.</translation>
    </message>
    <message>
        <source>This certification signature was added after another signature; a certification must be the document's first signature, so it does not certify anything.</source>
        <translation>This certification signature was added after another signature; a certification must be the document's first signature, so it does not certify anything.</translation>
    </message>
    <message>
        <source>The signature names more than one certification level.</source>
        <translation>The signature names more than one certification level.</translation>
    </message>
    <message>
        <source>The signature claims other locked fields than its signature field prescribes.</source>
        <translation>The signature claims other locked fields than its signature field prescribes.</translation>
    </message>
    <message>
        <source>The signature's field lock allows more changes (P=%1) than an earlier signature allows (P=%2); the stricter level stays in force.</source>
        <translation>The signature's field lock allows more changes (P=%1) than an earlier signature allows (P=%2); the stricter level stays in force.</translation>
    </message>
</context>
<context>
    <name>ModuleLoaderText</name>
    <message>
        <source>A part of VanThu (%1) is missing or damaged. Reinstall VanThu.</source>
        <translation>A part of VanThu (%1) is missing or damaged. Reinstall VanThu.</translation>
    </message>
</context>
<context>
    <name>Nd30SignatureText</name>
    <message>
        <source>Say where the leader's signature goes: a page and rectangle, or an anchor text such as the signer's title.</source>
        <translation>Say where the leader's signature goes: a page and rectangle, or an anchor text such as the signer's title.</translation>
    </message>
    <message>
        <source>The document has no visible leader's signature to put the seal on; give a page and rectangle or an anchor text.</source>
        <translation>The document has no visible leader's signature to put the seal on; give a page and rectangle or an anchor text.</translation>
    </message>
    <message>
        <source>An invisible signature has no place on the page.</source>
        <translation>An invisible signature has no place on the page.</translation>
    </message>
    <message>
        <source>Signature appearances cannot be drawn here.</source>
        <translation>Signature appearances cannot be drawn here.</translation>
    </message>
    <message>
        <source>The symbol %1 differs from the one printed on the document (%2).</source>
        <translation>The symbol %1 differs from the one printed on the document (%2).</translation>
    </message>
    <message>
        <source>The document has been issued already (its number or date is filled).</source>
        <translation>The document has been issued already (its number or date is filled).</translation>
    </message>
    <message>
        <source>The document has been issued already (it carries the agency signature).</source>
        <translation>The document has been issued already (it carries the agency signature).</translation>
    </message>
    <message>
        <source>This document was signed without the prepared number and date fields, so a number and date added now would make strict validators reject the leader's signature. Ask for the document to be signed again with VanThu, or issue it on paper.</source>
        <translation>This document was signed without the prepared number and date fields, so a number and date added now would make strict validators reject the leader's signature. Ask for the document to be signed again with VanThu, or issue it on paper.</translation>
    </message>
    <message>
        <source>Issuing needs the number and symbol.</source>
        <translation>Issuing needs the number and symbol.</translation>
    </message>
    <message>
        <source>The document is prepared for issuing: give its number and date, which are filled and sealed together.</source>
        <translation>The document is prepared for issuing: give its number and date, which are filled and sealed together.</translation>
    </message>
    <message>
        <source>This appearance needs an image (the signature or the seal, PNG).</source>
        <translation>This appearance needs an image (the signature or the seal, PNG).</translation>
    </message>
    <message>
        <source>The attachment signature needs the document's number and symbol.</source>
        <translation>The attachment signature needs the document's number and symbol.</translation>
    </message>
</context>
<context>
    <name>NumberingSeriesText</name>
    <message>
        <source>"%1" is not a series scope; use general, secret, copies or types.</source>
        <translation>"%1" is not a series scope; use general, secret, copies or types.</translation>
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
        <source>The drafting unit abbreviation may not contain spaces or "/".</source>
        <translation>The drafting unit abbreviation may not contain spaces or "/".</translation>
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
        <source>The signed document changed while it was being issued: nothing was issued; open it again.</source>
        <translation>The signed document changed while it was being issued: nothing was issued; open it again.</translation>
    </message>
</context>
<context>
    <name>PadesSignerText</name>
    <message>
        <source>Signature appearance</source>
        <translation>Signature appearance</translation>
    </message>
    <message>
        <source>The document has no field named "%1".</source>
        <translation>The document has no field named "%1".</translation>
    </message>
    <message>
        <source>The field "%1" is not a %2 field VanThu can fill.</source>
        <translation>The field "%1" is not a %2 field VanThu can fill.</translation>
    </message>
    <message>
        <source>The field "%1" is already signed.</source>
        <translation>The field "%1" is already signed.</translation>
    </message>
    <message>
        <source>The field "%1" is invisible; it cannot show an appearance.</source>
        <translation>The field "%1" is invisible; it cannot show an appearance.</translation>
    </message>
    <message>
        <source>The document is certified with "no changes allowed"; another signature would invalidate the certification.</source>
        <translation>The document is certified with "no changes allowed"; another signature would invalidate the certification.</translation>
    </message>
    <message numerus="yes">
        <source>The document has %n page(s); page %1 does not exist.</source>
        <translation>
            <numerusform>The document has %n page; page %1 does not exist.</numerusform>
            <numerusform>The document has %n pages; page %1 does not exist.</numerusform>
        </translation>
    </message>
    <message>
        <source>The document already has a field named "%1".</source>
        <translation>The document already has a field named "%1".</translation>
    </message>
    <message>
        <source>The signature's rectangle is empty.</source>
        <translation>The signature's rectangle is empty.</translation>
    </message>
    <message>
        <source>A new field has no valid place.</source>
        <translation>A new field has no valid place.</translation>
    </message>
    <message>
        <source>The signing time is missing.</source>
        <translation>The signing time is missing.</translation>
    </message>
    <message>
        <source>The PDF is password-protected or encrypted; remove the protection before signing.</source>
        <translation>The PDF is password-protected or encrypted; remove the protection before signing.</translation>
    </message>
    <message>
        <source>The signature did not fit in the space reserved for it.</source>
        <translation>The signature did not fit in the space reserved for it.</translation>
    </message>
    <message>
        <source>The signature could not be computed.</source>
        <translation>The signature could not be computed.</translation>
    </message>
    <message>
        <source>The document is certified; a new visible field would invalidate the certification. Sign a prepared signature field, or sign invisibly.</source>
        <translation>The document is certified; a new visible field would invalidate the certification. Sign a prepared signature field, or sign invisibly.</translation>
    </message>
    <message>
        <source>A certification allows changes at level 1, 2 or 3, not %1.</source>
        <translation>A certification allows changes at level 1, 2 or 3, not %1.</translation>
    </message>
    <message>
        <source>The document is already signed; only the first signature can certify it.</source>
        <translation>The document is already signed; only the first signature can certify it.</translation>
    </message>
    <message>
        <source>No timestamp authority is configured.</source>
        <translation>No timestamp authority is configured.</translation>
    </message>
</context>
<context>
    <name>PageDrawingText</name>
    <message>
        <source>The pages could not be drawn.</source>
        <translation>The pages could not be drawn.</translation>
    </message>
</context>
<context>
    <name>PdfFileText</name>
    <message>
        <source>The PDF file is damaged or is not a PDF. Open it in a PDF reader, save it again and retry.</source>
        <translation>The PDF file is damaged or is not a PDF. Open it in a PDF reader, save it again and retry.</translation>
    </message>
    <message>
        <source>The PDF file is too large.</source>
        <translation>The PDF file is too large.</translation>
    </message>
    <message>
        <source>A part of the PDF file is missing.</source>
        <translation>A part of the PDF file is missing.</translation>
    </message>
    <message>
        <source>The PDF file is too complex to check (it holds too many objects or revisions).</source>
        <translation>The PDF file is too complex to check (it holds too many objects or revisions).</translation>
    </message>
    <message>
        <source>The check was cancelled.</source>
        <translation>The check was cancelled.</translation>
    </message>
</context>
<context>
    <name>PdfFirstPageText</name>
    <message>
        <source>Could not read the file: %1</source>
        <translation>Could not read the file: %1</translation>
    </message>
    <message>
        <source>This file is not a readable PDF.</source>
        <translation>This file is not a readable PDF.</translation>
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
    <name>PdfPrintingText</name>
    <message>
        <source>The pages asked for are not in the document.</source>
        <translation>The pages asked for are not in the document.</translation>
    </message>
    <message>
        <source>The printer cannot be used. Check that it is connected.</source>
        <translation>The printer cannot be used. Check that it is connected.</translation>
    </message>
    <message>
        <source>Printing was cancelled.</source>
        <translation>Printing was cancelled.</translation>
    </message>
    <message>
        <source>The printer stopped taking pages.</source>
        <translation>The printer stopped taking pages.</translation>
    </message>
    <message>
        <source>Page %1 cannot be drawn for printing.</source>
        <translation>Page %1 cannot be drawn for printing.</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Printing…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>Pkcs11ErrorText</name>
    <message>
        <source>The PIN of token "%1" is now locked: the last try allowed was wrong. Contact your certificate authority (CA) or your administrator to unlock it.</source>
        <translation>The PIN of token "%1" is now locked: the last try allowed was wrong. Contact your certificate authority (CA) or your administrator to unlock it.</translation>
    </message>
    <message>
        <source>The PIN of token "%1" is locked after too many wrong tries, so VanThu did not try any PIN. Contact your certificate authority (CA) or your administrator to unlock it.</source>
        <translation>The PIN of token "%1" is locked after too many wrong tries, so VanThu did not try any PIN. Contact your certificate authority (CA) or your administrator to unlock it.</translation>
    </message>
    <message>
        <source>Token "%1" was removed or is no longer available. Plug it in again, then sign again.</source>
        <translation>Token "%1" was removed or is no longer available. Plug it in again, then sign again.</translation>
    </message>
    <message>
        <source>Token "%1" stopped responding. Unplug it, plug it in again, then sign again.</source>
        <translation>Token "%1" stopped responding. Unplug it, plug it in again, then sign again.</translation>
    </message>
    <message>
        <source>Wrong PIN for token "%1".</source>
        <translation>Wrong PIN for token "%1".</translation>
    </message>
    <message>
        <source>The PIN of token "%1" has expired. Set a new PIN with the token tool of your certificate authority (CA), then sign again.</source>
        <translation>The PIN of token "%1" has expired. Set a new PIN with the token tool of your certificate authority (CA), then sign again.</translation>
    </message>
    <message>
        <source>Token "%1" has no user PIN yet. Set one with the token tool of your certificate authority (CA).</source>
        <translation>Token "%1" has no user PIN yet. Set one with the token tool of your certificate authority (CA).</translation>
    </message>
    <message>
        <source>Token "%1" no longer accepts the PIN given earlier. Open the key again.</source>
        <translation>Token "%1" no longer accepts the PIN given earlier. Open the key again.</translation>
    </message>
    <message>
        <source>The operation on token "%1" was cancelled.</source>
        <translation>The operation on token "%1" was cancelled.</translation>
    </message>
    <message>
        <source>The key on token "%1" cannot make this kind of signature.</source>
        <translation>The key on token "%1" cannot make this kind of signature.</translation>
    </message>
    <message>
        <source>Token "%1" reported an error. Unplug it, plug it in again, then try again; if it keeps failing, contact your certificate authority (CA).</source>
        <translation>Token "%1" reported an error. Unplug it, plug it in again, then try again; if it keeps failing, contact your certificate authority (CA).</translation>
    </message>
</context>
<context>
    <name>Pkcs11KeyText</name>
    <message>
        <source>Token "%1" holds no key with id %2. Check that the right token is plugged in.</source>
        <translation>Token "%1" holds no key with id %2. Check that the right token is plugged in.</translation>
    </message>
    <message>
        <source>Token "%1" is not plugged in. Plug it in, then try again.</source>
        <translation>Token "%1" is not plugged in. Plug it in, then try again.</translation>
    </message>
    <message>
        <source>Several plugged-in tokens are named "%1" and hold key %2. Unplug the tokens you do not want to sign with, then try again.</source>
        <translation>Several plugged-in tokens are named "%1" and hold key %2. Unplug the tokens you do not want to sign with, then try again.</translation>
    </message>
    <message>
        <source>"%1" is not a key id: it must be hexadecimal digits.</source>
        <translation>"%1" is not a key id: it must be hexadecimal digits.</translation>
    </message>
    <message>
        <source>Token "%1" holds the certificate with id %2 but not its private key.</source>
        <translation>Token "%1" holds the certificate with id %2 but not its private key.</translation>
    </message>
    <message>
        <source>Token "%1" holds the key with id %2 but not its certificate. Ask your certificate authority (CA) to write the certificate to the token.</source>
        <translation>Token "%1" holds the key with id %2 but not its certificate. Ask your certificate authority (CA) to write the certificate to the token.</translation>
    </message>
    <message>
        <source>The key with id %1 on token "%2" is of a kind VanThu cannot sign with (only RSA and ECDSA).</source>
        <translation>The key with id %1 on token "%2" is of a kind VanThu cannot sign with (only RSA and ECDSA).</translation>
    </message>
    <message>
        <source>Token "%1" returned a signature VanThu cannot read.</source>
        <translation>Token "%1" returned a signature VanThu cannot read.</translation>
    </message>
    <message>
        <source>Token "%1" cannot make this kind of signature with key %2.</source>
        <translation>Token "%1" cannot make this kind of signature with key %2.</translation>
    </message>
</context>
<context>
    <name>Pkcs11LoginText</name>
    <message>
        <source>Only one try is left: a wrong PIN will lock the token.</source>
        <translation>Only one try is left: a wrong PIN will lock the token.</translation>
    </message>
    <message>
        <source>The token reports that only a few tries are left before it locks.</source>
        <translation>The token reports that only a few tries are left before it locks.</translation>
    </message>
    <message>
        <source>Wrong PIN.</source>
        <translation>Wrong PIN.</translation>
    </message>
    <message>
        <source>Wrong PIN for token "%1" %2 times. VanThu stopped asking so that the token does not lock; check the PIN, then try again.</source>
        <translation>Wrong PIN for token "%1" %2 times. VanThu stopped asking so that the token does not lock; check the PIN, then try again.</translation>
    </message>
    <message>
        <source>No PIN was given for token "%1".</source>
        <translation>No PIN was given for token "%1".</translation>
    </message>
</context>
<context>
    <name>Pkcs11ModuleText</name>
    <message>
        <source>in slot %1</source>
        <translation>in slot %1</translation>
    </message>
    <message>
        <source>The token driver (PKCS#11 module) "%1" does not exist. Install the token software of your certificate authority (CA) or choose the right file.</source>
        <translation>The token driver (PKCS#11 module) "%1" does not exist. Install the token software of your certificate authority (CA) or choose the right file.</translation>
    </message>
    <message>
        <source>"%1" is not a token driver (PKCS#11 module) that VanThu can load.</source>
        <translation>"%1" is not a token driver (PKCS#11 module) that VanThu can load.</translation>
    </message>
    <message>
        <source>The token driver (PKCS#11 module) "%1" failed to start.</source>
        <translation>The token driver (PKCS#11 module) "%1" failed to start.</translation>
    </message>
    <message>
        <source>The token driver "%1" cannot list its tokens.</source>
        <translation>The token driver "%1" cannot list its tokens.</translation>
    </message>
</context>
<context>
    <name>Pkcs11SessionText</name>
    <message>
        <source>Token "%1" was replaced by another token ("%2"). Plug in token "%1", then try again.</source>
        <translation>Token "%1" was replaced by another token ("%2"). Plug in token "%1", then try again.</translation>
    </message>
    <message>
        <source>The key is no longer on token "%1". Plug the token in again, then sign again.</source>
        <translation>The key is no longer on token "%1". Plug the token in again, then sign again.</translation>
    </message>
</context>
<context>
    <name>Pkcs12Text</name>
    <message>
        <source>The key from the PKCS#12 file could not sign.</source>
        <translation>The key from the PKCS#12 file could not sign.</translation>
    </message>
    <message>
        <source>%1 could not be read.</source>
        <translation>%1 could not be read.</translation>
    </message>
    <message>
        <source>%1 uses an old encryption (RC2) that needs OpenSSL's legacy provider, which is not installed. Export the key again with AES encryption.</source>
        <translation>%1 uses an old encryption (RC2) that needs OpenSSL's legacy provider, which is not installed. Export the key again with AES encryption.</translation>
    </message>
    <message>
        <source>%1 holds no private key.</source>
        <translation>%1 holds no private key.</translation>
    </message>
    <message>
        <source>%1 holds no certificate for its private key.</source>
        <translation>%1 holds no certificate for its private key.</translation>
    </message>
    <message>
        <source>The private key and the certificate in %1 do not belong together.</source>
        <translation>The private key and the certificate in %1 do not belong together.</translation>
    </message>
    <message>
        <source>The key in %1 is RSA with %2 bits. Keys shorter than 2048 bits can be broken, so they are not accepted for signing.</source>
        <translation>The key in %1 is RSA with %2 bits. Keys shorter than 2048 bits can be broken, so they are not accepted for signing.</translation>
    </message>
    <message>
        <source>The key in %1 is ECDSA with %2 bits. Curves smaller than 256 bits are too weak, so they are not accepted for signing.</source>
        <translation>The key in %1 is ECDSA with %2 bits. Curves smaller than 256 bits are too weak, so they are not accepted for signing.</translation>
    </message>
    <message>
        <source>The key in %1 is of type %2; only RSA and ECDSA keys can sign.</source>
        <translation>The key in %1 is of type %2; only RSA and ECDSA keys can sign.</translation>
    </message>
    <message>
        <source>The certificate in %1 could not be encoded.</source>
        <translation>The certificate in %1 could not be encoded.</translation>
    </message>
    <message>
        <source>The key file %1 does not exist.</source>
        <translation>The key file %1 does not exist.</translation>
    </message>
    <message>
        <source>The key file %1 cannot be read.</source>
        <translation>The key file %1 cannot be read.</translation>
    </message>
    <message>
        <source>%1 is too large to be a PKCS#12 key file.</source>
        <translation>%1 is too large to be a PKCS#12 key file.</translation>
    </message>
    <message>
        <source>%1 is not a PKCS#12 key file (.p12, .pfx).</source>
        <translation>%1 is not a PKCS#12 key file (.p12, .pfx).</translation>
    </message>
    <message>
        <source>Opening %1 was cancelled.</source>
        <translation>Opening %1 was cancelled.</translation>
    </message>
    <message numerus="yes">
        <source>The password is wrong; %n attempt(s) left.</source>
        <translation>
            <numerusform>The password is wrong; %n attempt left.</numerusform>
            <numerusform>The password is wrong; %n attempts left.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The password of %1 is wrong (tried %n time(s)).</source>
        <translation>
            <numerusform>The password of %1 is wrong (tried %n time).</numerusform>
            <numerusform>The password of %1 is wrong (tried %n times).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PopplerRendererText</name>
    <message>
        <source>The PDF's pages cannot be drawn.</source>
        <translation>The PDF's pages cannot be drawn.</translation>
    </message>
</context>
<context>
    <name>QtAppearanceRendererText</name>
    <message>
        <source>The image cannot be read; use a PNG file.</source>
        <translation>The image cannot be read; use a PNG file.</translation>
    </message>
</context>
<context>
    <name>RegisterCommandText</name>
    <message>
        <source>Could not read the file %1.</source>
        <translation>Could not read the file %1.</translation>
    </message>
    <message>
        <source>"%1" is not a date; write 2026-03-05 or 05/03/2026.</source>
        <translation>"%1" is not a date; write 2026-03-05 or 05/03/2026.</translation>
    </message>
    <message>
        <source>Document type: name or abbreviation (QĐ, "Công văn").</source>
        <translation>Document type: name or abbreviation (QĐ, "Công văn").</translation>
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
        <source>Recipient, as "name" or "identifier|name"; repeat for more.</source>
        <translation>Recipient, as "name" or "identifier|name"; repeat for more.</translation>
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
        <source>Say which register: "register incoming" or "register outgoing".</source>
        <translation>Say which register: "register incoming" or "register outgoing".</translation>
    </message>
    <message>
        <source>Check the signatures of the PDFs without asking revocation responders.</source>
        <translation>Check the signatures of the PDFs without asking revocation responders.</translation>
    </message>
    <message>
        <source>Signatures checked: %1.</source>
        <translation>Signatures checked: %1.</translation>
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
        <source>The workspace has no such register yet. Run "vanthu-cli init" first.</source>
        <translation>The workspace has no such register yet. Run "vanthu-cli init" first.</translation>
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
    <name>RegistrationFormText</name>
    <message>
        <source>Validation message</source>
        <translation>Validation message</translation>
    </message>
    <message>
        <source>Recognised from the PDF: check it.</source>
        <translation>Recognised from the PDF: check it.</translation>
    </message>
    <message>
        <source>Could not read the file %1.</source>
        <translation>Could not read the file %1.</translation>
    </message>
</context>
<context>
    <name>RegistrationText</name>
    <message>
        <source>Document %1</source>
        <translation>Document %1</translation>
    </message>
</context>
<context>
    <name>ReportText</name>
    <message>
        <source>%1 on %2 (Vietnam time)</source>
        <translation>%1 on %2 (Vietnam time)</translation>
    </message>
    <message>
        <source>the whole document</source>
        <translation>the whole document</translation>
    </message>
    <message>
        <source>the document as it was when signed; later revisions were added</source>
        <translation>the document as it was when signed; later revisions were added</translation>
    </message>
    <message>
        <source>Valid signature</source>
        <translation>Valid signature</translation>
    </message>
    <message>
        <source>Valid signature, with allowed changes</source>
        <translation>Valid signature, with allowed changes</translation>
    </message>
    <message>
        <source>Document modified after signing</source>
        <translation>Document modified after signing</translation>
    </message>
    <message>
        <source>Invalid signature</source>
        <translation>Invalid signature</translation>
    </message>
    <message>
        <source>Cannot be determined</source>
        <translation>Cannot be determined</translation>
    </message>
    <message>
        <source>No signature</source>
        <translation>No signature</translation>
    </message>
    <message>
        <source>Every signature is intact, its certificate was checked, and the document was not changed after signing.</source>
        <translation>Every signature is intact, its certificate was checked, and the document was not changed after signing.</translation>
    </message>
    <message>
        <source>Every signature is intact; after signing, only permitted additions were made, such as filling in the number and date or adding another signature.</source>
        <translation>Every signature is intact; after signing, only permitted additions were made, such as filling in the number and date or adding another signature.</translation>
    </message>
    <message>
        <source>The signatures themselves are intact, but the document was changed after signing in a way that is not allowed: do not rely on its content.</source>
        <translation>The signatures themselves are intact, but the document was changed after signing in a way that is not allowed: do not rely on its content.</translation>
    </message>
    <message>
        <source>At least one signature is broken: the signed content or the signature itself was altered or damaged.</source>
        <translation>At least one signature is broken: the signed content or the signature itself was altered or damaged.</translation>
    </message>
    <message>
        <source>The signatures are intact, but something needed to confirm them could not be checked, such as the trust or the revocation status of a certificate.</source>
        <translation>The signatures are intact, but something needed to confirm them could not be checked, such as the trust or the revocation status of a certificate.</translation>
    </message>
    <message>
        <source>The document carries no digital signature.</source>
        <translation>The document carries no digital signature.</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Valid</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>Invalid</translation>
    </message>
    <message>
        <source>The signature or the document is not built the way a PDF signature requires, or the document was changed after signing in a way that is not allowed.</source>
        <translation>The signature or the document is not built the way a PDF signature requires, or the document was changed after signing in a way that is not allowed.</translation>
    </message>
    <message>
        <source>The signed content was changed after signing.</source>
        <translation>The signed content was changed after signing.</translation>
    </message>
    <message>
        <source>The signature value does not match the signer's certificate: the signature is forged or damaged.</source>
        <translation>The signature value does not match the signer's certificate: the signature is forged or damaged.</translation>
    </message>
    <message>
        <source>The signer's certificate was revoked before the document was signed.</source>
        <translation>The signer's certificate was revoked before the document was signed.</translation>
    </message>
    <message>
        <source>The signer's certificate had expired when the document was signed.</source>
        <translation>The signer's certificate had expired when the document was signed.</translation>
    </message>
    <message>
        <source>The signer's certificate was not yet valid when the document was signed.</source>
        <translation>The signer's certificate was not yet valid when the document was signed.</translation>
    </message>
    <message>
        <source>The signer's certificate does not lead to a trusted certification authority.</source>
        <translation>The signer's certificate does not lead to a trusted certification authority.</translation>
    </message>
    <message>
        <source>The chain of certificates from the signer to the certification authority could not be checked.</source>
        <translation>The chain of certificates from the signer to the certification authority could not be checked.</translation>
    </message>
    <message>
        <source>The signer's certificate is missing from the signature or does not match it.</source>
        <translation>The signer's certificate is missing from the signature or does not match it.</translation>
    </message>
    <message>
        <source>The signature does not meet the signature policy (for example its signed attributes or the key usage of its certificate).</source>
        <translation>The signature does not meet the signature policy (for example its signed attributes or the key usage of its certificate).</translation>
    </message>
    <message>
        <source>The signer's certificate is outside its validity period, and no timestamp proves that the signature was made while it was valid.</source>
        <translation>The signer's certificate is outside its validity period, and no timestamp proves that the signature was made while it was valid.</translation>
    </message>
    <message>
        <source>The revocation status of a certificate could not be obtained; try again later.</source>
        <translation>The revocation status of a certificate could not be obtained; try again later.</translation>
    </message>
    <message>
        <source>The signer's certificate has been revoked, and nothing proves that the signature was made before that.</source>
        <translation>The signer's certificate has been revoked, and nothing proves that the signature was made before that.</translation>
    </message>
    <message>
        <source>The certificate of a certification authority in the signer's chain has been revoked, and nothing proves that the signature was made before that.</source>
        <translation>The certificate of a certification authority in the signer's chain has been revoked, and nothing proves that the signature was made before that.</translation>
    </message>
    <message>
        <source>not PAdES (an older PDF signature format)</source>
        <translation>not PAdES (an older PDF signature format)</translation>
    </message>
    <message>
        <source>PAdES B-B (basic signature, no timestamp)</source>
        <translation>PAdES B-B (basic signature, no timestamp)</translation>
    </message>
    <message>
        <source>PAdES B-T (with a timestamp)</source>
        <translation>PAdES B-T (with a timestamp)</translation>
    </message>
    <message>
        <source>PAdES B-LT (with the data for long-term validation)</source>
        <translation>PAdES B-LT (with the data for long-term validation)</translation>
    </message>
    <message>
        <source>PAdES B-LTA (long-term, protected by a document timestamp)</source>
        <translation>PAdES B-LTA (long-term, protected by a document timestamp)</translation>
    </message>
    <message>
        <source>document timestamp (protects the signatures and validation data before it)</source>
        <translation>document timestamp (protects the signatures and validation data before it)</translation>
    </message>
    <message>
        <source>no change after signing</source>
        <translation>no change after signing</translation>
    </message>
    <message>
        <source>only validation data or metadata added</source>
        <translation>only validation data or metadata added</translation>
    </message>
    <message>
        <source>form filling or further signatures (allowed)</source>
        <translation>form filling or further signatures (allowed)</translation>
    </message>
    <message>
        <source>annotations added or changed (accepted, but look at them)</source>
        <translation>annotations added or changed (accepted, but look at them)</translation>
    </message>
    <message>
        <source>changes that are not allowed</source>
        <translation>changes that are not allowed</translation>
    </message>
    <message>
        <source>%1, proven by a timestamp</source>
        <translation>%1, proven by a timestamp</translation>
    </message>
    <message>
        <source>%1, as claimed by the signer's computer (not proven)</source>
        <translation>%1, as claimed by the signer's computer (not proven)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>Signature %1 of %2: field "%3"</source>
        <translation>Signature %1 of %2: field "%3"</translation>
    </message>
    <message>
        <source>  Result: %1</source>
        <translation>  Result: %1</translation>
    </message>
    <message>
        <source>  Reason: %1</source>
        <translation>  Reason: %1</translation>
    </message>
    <message>
        <source>  Signer: %1</source>
        <translation>  Signer: %1</translation>
    </message>
    <message>
        <source>  Issued by: %1</source>
        <translation>  Issued by: %1</translation>
    </message>
    <message>
        <source>  Certificate serial number: %1</source>
        <translation>  Certificate serial number: %1</translation>
    </message>
    <message>
        <source>  Signing time: %1</source>
        <translation>  Signing time: %1</translation>
    </message>
    <message>
        <source>  Format: %1</source>
        <translation>  Format: %1</translation>
    </message>
    <message>
        <source>  Signed part: %1</source>
        <translation>  Signed part: %1</translation>
    </message>
    <message>
        <source>  Changes after this signature: %1</source>
        <translation>  Changes after this signature: %1</translation>
    </message>
    <message>
        <source>  Details:</source>
        <translation>  Details:</translation>
    </message>
    <message>
        <source>Intact, revocation not yet checked</source>
        <translation>Intact, revocation not yet checked</translation>
    </message>
    <message>
        <source>The signatures are intact and their certificates lead to a trusted authority, but whether a certificate was revoked has not been checked yet (offline check).</source>
        <translation>The signatures are intact and their certificates lead to a trusted authority, but whether a certificate was revoked has not been checked yet (offline check).</translation>
    </message>
    <message>
        <source>The signature uses an algorithm or a key size that is no longer accepted.</source>
        <translation>The signature uses an algorithm or a key size that is no longer accepted.</translation>
    </message>
    <message>
        <source>The signature uses an algorithm or a key size that is no longer considered secure, and nothing proves that it was made before that cut-off date.</source>
        <translation>The signature uses an algorithm or a key size that is no longer considered secure, and nothing proves that it was made before that cut-off date.</translation>
    </message>
    <message>
        <source>A certificate of the signer's chain is not allowed to serve this purpose.</source>
        <translation>A certificate of the signer's chain is not allowed to serve this purpose.</translation>
    </message>
    <message>
        <source>The timestamps of the signature contradict each other or the signature.</source>
        <translation>The timestamps of the signature contradict each other or the signature.</translation>
    </message>
    <message>
        <source>Nothing proves when the signature was made, and that proof is needed here.</source>
        <translation>Nothing proves when the signature was made, and that proof is needed here.</translation>
    </message>
    <message>
        <source>The signature does not refer to the document's bytes in the way its format requires.</source>
        <translation>The signature does not refer to the document's bytes in the way its format requires.</translation>
    </message>
    <message>
        <source>checked: no certificate of the chain is revoked</source>
        <translation>checked: no certificate of the chain is revoked</translation>
    </message>
    <message>
        <source>not yet checked (the certification authorities were not asked)</source>
        <translation>not yet checked (the certification authorities were not asked)</translation>
    </message>
    <message>
        <source>cannot be checked: a certificate names no revocation service and the document holds no answer for it</source>
        <translation>cannot be checked: a certificate names no revocation service and the document holds no answer for it</translation>
    </message>
    <message>
        <source>not needed</source>
        <translation>not needed</translation>
    </message>
    <message>
        <source>  Existence proven by a document timestamp: %1</source>
        <translation>  Existence proven by a document timestamp: %1</translation>
    </message>
    <message>
        <source>  Revocation: %1</source>
        <translation>  Revocation: %1</translation>
    </message>
    <message>
        <source>  Algorithms:</source>
        <translation>  Algorithms:</translation>
    </message>
    <message>
        <source>%1, %2 bits</source>
        <translation>%1, %2 bits</translation>
    </message>
    <message>
        <source>    - %1: %2 (%3)</source>
        <translation>    - %1: %2 (%3)</translation>
    </message>
    <message>
        <source>Revocation was asked online where the document held no answer.</source>
        <translation>Revocation was asked online where the document held no answer.</translation>
    </message>
    <message>
        <source>Offline check: no certification authority was asked online.</source>
        <translation>Offline check: no certification authority was asked online.</translation>
    </message>
    <message>
        <source>the timestamp authority's certificate is not checked for revocation</source>
        <translation>the timestamp authority's certificate is not checked for revocation</translation>
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
        <source>"%1" is not a date; write 2026-03-05 or 05/03/2026.</source>
        <translation>"%1" is not a date; write 2026-03-05 or 05/03/2026.</translation>
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
    <name>SecretPromptText</name>
    <message>
        <source>No PIN: set VANTHU_PIN or run in a terminal.</source>
        <translation>No PIN: set VANTHU_PIN or run in a terminal.</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Password for %1: </translation>
    </message>
    <message>
        <source>PIN of token %1: </source>
        <translation>PIN of token %1: </translation>
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
        <source>Issuer abbreviation in symbols when not the agency's (an advisory body).</source>
        <translation>Issuer abbreviation in symbols when not the agency's (an advisory body).</translation>
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
        <source>Unknown action "%1"; use list or add.</source>
        <translation>Unknown action "%1"; use list or add.</translation>
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
        <source>A series code uses only the letters A–Z, digits and "-" (for example QPPL-QD).</source>
        <translation>A series code uses only the letters A–Z, digits and "-" (for example QPPL-QD).</translation>
    </message>
    <message>
        <source>A series for particular types needs the list of those types.</source>
        <translation>A series for particular types needs the list of those types.</translation>
    </message>
    <message>
        <source>Only a series of scope "types" takes a list of document types.</source>
        <translation>Only a series of scope "types" takes a list of document types.</translation>
    </message>
    <message>
        <source>A series for legal normative documents must be an outgoing series of scope "types" (one series per type).</source>
        <translation>A series for legal normative documents must be an outgoing series of scope "types" (one series per type).</translation>
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
        <source>The series %1 already has the scope "%2" for this register.</source>
        <translation>The series %1 already has the scope "%2" for this register.</translation>
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
        <source>Give the document id, e.g. "show 17".</source>
        <translation>Give the document id, e.g. "show 17".</translation>
    </message>
</context>
<context>
    <name>SignCommandText</name>
    <message>
        <source>PDF to sign.</source>
        <translation>PDF to sign.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>Signed PDF to write.</source>
        <translation>Signed PDF to write.</translation>
    </message>
    <message>
        <source>Batch: folder for the signed copies of the files named after the options (one PIN for all).</source>
        <translation>Batch: folder for the signed copies of the files named after the options (one PIN for all).</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>folder</translation>
    </message>
    <message>
        <source>PKCS#12 file with the key.</source>
        <translation>PKCS#12 file with the key.</translation>
    </message>
    <message>
        <source>PKCS#11 module of the token.</source>
        <translation>PKCS#11 module of the token.</translation>
    </message>
    <message>
        <source>module.so</source>
        <translation>module.so</translation>
    </message>
    <message>
        <source>Token label.</source>
        <translation>Token label.</translation>
    </message>
    <message>
        <source>label</source>
        <translation>label</translation>
    </message>
    <message>
        <source>Key id on the token (hex).</source>
        <translation>Key id on the token (hex).</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>Intermediate CA certificates to embed (PEM), for a token that does not carry them.</source>
        <translation>Intermediate CA certificates to embed (PEM), for a token that does not carry them.</translation>
    </message>
    <message>
        <source>Timestamp authority URL (PAdES B-T).</source>
        <translation>Timestamp authority URL (PAdES B-T).</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>leader, agency, attachment or none (default).</source>
        <translation>leader, agency, attachment or none (default).</translation>
    </message>
    <message>
        <source>Page number (from 1).</source>
        <translation>Page number (from 1).</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Rectangle in points from the lower-left corner.</source>
        <translation>Rectangle in points from the lower-left corner.</translation>
    </message>
    <message>
        <source>Text under which the leader's signature goes (e.g. the signer's title).</source>
        <translation>Text under which the leader's signature goes (e.g. the signer's title).</translation>
    </message>
    <message>
        <source>text</source>
        <translation>text</translation>
    </message>
    <message>
        <source>Signature image or seal (PNG).</source>
        <translation>Signature image or seal (PNG).</translation>
    </message>
    <message>
        <source>Real diameter of the seal in millimetres (default 36).</source>
        <translation>Real diameter of the seal in millimetres (default 36).</translation>
    </message>
    <message>
        <source>Number and symbol of the document, e.g. 05/QĐ-UBND.</source>
        <translation>Number and symbol of the document, e.g. 05/QĐ-UBND.</translation>
    </message>
    <message>
        <source>Issuing date (with --appearance agency and --number on a document prepared for issuing).</source>
        <translation>Issuing date (with --appearance agency and --number on a document prepared for issuing).</translation>
    </message>
    <message>
        <source>With --appearance leader: do not prepare the number, date and seal fields.</source>
        <translation>With --appearance leader: do not prepare the number, date and seal fields.</translation>
    </message>
    <message>
        <source>sha256 (default), sha384 or sha512.</source>
        <translation>sha256 (default), sha384 or sha512.</translation>
    </message>
    <message>
        <source>Reason shown with the signature.</source>
        <translation>Reason shown with the signature.</translation>
    </message>
    <message>
        <source>Place of signing.</source>
        <translation>Place of signing.</translation>
    </message>
    <message>
        <source>Sign PDFs as PAdES (B-B, or B-T with --tsa).</source>
        <translation>Sign PDFs as PAdES (B-B, or B-T with --tsa).</translation>
    </message>
    <message>
        <source>With --out-dir, name the files to sign after the options.</source>
        <translation>With --out-dir, name the files to sign after the options.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>The folder %1 does not exist.</translation>
    </message>
    <message>
        <source>--in and --out are required (or --out-dir with files).</source>
        <translation>--in and --out are required (or --out-dir with files).</translation>
    </message>
    <message>
        <source>--appearance must be leader, agency, attachment or none.</source>
        <translation>--appearance must be leader, agency, attachment or none.</translation>
    </message>
    <message>
        <source>--digest must be sha256, sha384 or sha512.</source>
        <translation>--digest must be sha256, sha384 or sha512.</translation>
    </message>
    <message>
        <source>Give the key with either --p12 or --pkcs11 (with --token and --key).</source>
        <translation>Give the key with either --p12 or --pkcs11 (with --token and --key).</translation>
    </message>
    <message>
        <source>--pkcs11 needs --token and --key.</source>
        <translation>--pkcs11 needs --token and --key.</translation>
    </message>
    <message>
        <source>--seal-diameter must be between 10 and 80 millimetres.</source>
        <translation>--seal-diameter must be between 10 and 80 millimetres.</translation>
    </message>
    <message>
        <source>--date must be a date like 2026-03-05.</source>
        <translation>--date must be a date like 2026-03-05.</translation>
    </message>
    <message>
        <source>--page must be a page number from 1.</source>
        <translation>--page must be a page number from 1.</translation>
    </message>
    <message>
        <source>--rect must be x,y,width,height in points.</source>
        <translation>--rect must be x,y,width,height in points.</translation>
    </message>
    <message>
        <source>The image %1 cannot be read.</source>
        <translation>The image %1 cannot be read.</translation>
    </message>
    <message>
        <source>The PIN or password in VANTHU_PIN is wrong.</source>
        <translation>The PIN or password in VANTHU_PIN is wrong.</translation>
    </message>
    <message>
        <source>FAILED %1: %2</source>
        <translation>FAILED %1: %2</translation>
    </message>
    <message>
        <source>Signed %1 -&gt; %2 (%3, field %4)</source>
        <translation>Signed %1 -&gt; %2 (%3, field %4)</translation>
    </message>
    <message>
        <source>Certify the document (its first signature only): 1 no changes allowed, 2 form filling and signing, 3 also annotations.</source>
        <translation>Certify the document (its first signature only): 1 no changes allowed, 2 form filling and signing, 3 also annotations.</translation>
    </message>
    <message>
        <source>--certify must be 1, 2 or 3.</source>
        <translation>--certify must be 1, 2 or 3.</translation>
    </message>
    <message>
        <source>Document %1 signed: version %2 (%3), checked: %4.</source>
        <translation>Document %1 signed: version %2 (%3), checked: %4.</translation>
    </message>
    <message>
        <source>Sign the current version of this document of the workspace (a draft) instead of a file; the signed PDF becomes its next version.</source>
        <translation>Sign the current version of this document of the workspace (a draft) instead of a file; the signed PDF becomes its next version.</translation>
    </message>
    <message>
        <source>--document signs in the workspace: no --in, --out or files.</source>
        <translation>--document signs in the workspace: no --in, --out or files.</translation>
    </message>
    <message>
        <source>--document takes a document id (see "draft list").</source>
        <translation>--document takes a document id (see "draft list").</translation>
    </message>
</context>
<context>
    <name>SignatureAppearanceText</name>
    <message>
        <source>The signature image cannot be read.</source>
        <translation>The signature image cannot be read.</translation>
    </message>
</context>
<context>
    <name>SignatureLocatorText</name>
    <message>
        <source>The signed byte range is not four numbers starting at 0; the signature cannot be checked.</source>
        <translation>The signed byte range is not four numbers starting at 0; the signature cannot be checked.</translation>
    </message>
    <message>
        <source>The signed byte range reaches beyond the file.</source>
        <translation>The signed byte range reaches beyond the file.</translation>
    </message>
    <message>
        <source>The signature value is missing or is not stored where the byte range can exclude it.</source>
        <translation>The signature value is missing or is not stored where the byte range can exclude it.</translation>
    </message>
    <message>
        <source>The unsigned gap of the byte range is not exactly the signature value; the signed parts may have been moved.</source>
        <translation>The unsigned gap of the byte range is not exactly the signature value; the signed parts may have been moved.</translation>
    </message>
    <message>
        <source>The signature dictionary is not covered by the signature.</source>
        <translation>The signature dictionary is not covered by the signature.</translation>
    </message>
    <message>
        <source>The signature value is empty.</source>
        <translation>The signature value is empty.</translation>
    </message>
    <message>
        <source>The signature value holds characters other than hex digits.</source>
        <translation>The signature value holds characters other than hex digits.</translation>
    </message>
</context>
<context>
    <name>SignaturePlacementText</name>
    <message>
        <source>The PDF's pages cannot be read.</source>
        <translation>The PDF's pages cannot be read.</translation>
    </message>
    <message>
        <source>The text "%1" was not found in the document.</source>
        <translation>The text "%1" was not found in the document.</translation>
    </message>
    <message numerus="yes">
        <source>The document has %n page(s); page %1 does not exist.</source>
        <translation>
            <numerusform>The document has %n page; page %1 does not exist.</numerusform>
            <numerusform>The document has %n pages; page %1 does not exist.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SigningSettingsText</name>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>The folder %1 cannot be created.</translation>
    </message>
    <message>
        <source>The image %1 is larger than 32 MiB.</source>
        <translation>The image %1 is larger than 32 MiB.</translation>
    </message>
    <message>
        <source>The image %1 cannot be read.</source>
        <translation>The image %1 cannot be read.</translation>
    </message>
    <message>
        <source>%1 is not a PNG or JPEG image.</source>
        <translation>%1 is not a PNG or JPEG image.</translation>
    </message>
    <message>
        <source>The image cannot be stored.</source>
        <translation>The image cannot be stored.</translation>
    </message>
    <message>
        <source>Choose your signature image in the signing settings first.</source>
        <translation>Choose your signature image in the signing settings first.</translation>
    </message>
    <message>
        <source>Choose the agency's seal image in the signing settings first.</source>
        <translation>Choose the agency's seal image in the signing settings first.</translation>
    </message>
    <message>
        <source>Leader's signature</source>
        <translation>Leader's signature</translation>
    </message>
    <message>
        <source>Agency seal (issuing)</source>
        <translation>Agency seal (issuing)</translation>
    </message>
    <message>
        <source>Attachment stamp</source>
        <translation>Attachment stamp</translation>
    </message>
    <message>
        <source>Invisible</source>
        <translation>Invisible</translation>
    </message>
</context>
<context>
    <name>TaskTokenText</name>
    <message>
        <source>Stopped: nothing was changed.</source>
        <translation>Stopped: nothing was changed.</translation>
    </message>
</context>
<context>
    <name>TimestampText</name>
    <message>
        <source>"%1" is not a valid timestamp server address.</source>
        <translation>"%1" is not a valid timestamp server address.</translation>
    </message>
    <message>
        <source>"%1" is not a valid timestamp server address: it must start with http://.</source>
        <translation>"%1" is not a valid timestamp server address: it must start with http://.</translation>
    </message>
    <message>
        <source>Timestamp servers over HTTPS are not supported yet. Use the server's http:// address: timestamps are signed, so plain HTTP does not weaken them.</source>
        <translation>Timestamp servers over HTTPS are not supported yet. Use the server's http:// address: timestamps are signed, so plain HTTP does not weaken them.</translation>
    </message>
    <message>
        <source>No random numbers for the timestamp request.</source>
        <translation>No random numbers for the timestamp request.</translation>
    </message>
    <message>
        <source>The timestamp request could not be built.</source>
        <translation>The timestamp request could not be built.</translation>
    </message>
    <message>
        <source>The timestamp server %1 cannot be reached.</source>
        <translation>The timestamp server %1 cannot be reached.</translation>
    </message>
    <message numerus="yes">
        <source>The timestamp server %1 did not answer within %n second(s).</source>
        <translation>
            <numerusform>The timestamp server %1 did not answer within %n second.</numerusform>
            <numerusform>The timestamp server %1 did not answer within %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>The timestamp server %1 answered with HTTP status %2.</source>
        <translation>The timestamp server %1 answered with HTTP status %2.</translation>
    </message>
    <message>
        <source>The answer of the timestamp server %1 is not a valid timestamp reply.</source>
        <translation>The answer of the timestamp server %1 is not a valid timestamp reply.</translation>
    </message>
    <message>
        <source>The server %1 did not answer with a timestamp reply. Check the timestamp server address.</source>
        <translation>The server %1 did not answer with a timestamp reply. Check the timestamp server address.</translation>
    </message>
    <message>
        <source>The answer of the timestamp server %1 is larger than %2 bytes.</source>
        <translation>The answer of the timestamp server %1 is larger than %2 bytes.</translation>
    </message>
    <message>
        <source>The exchange with the timestamp server %1 failed.</source>
        <translation>The exchange with the timestamp server %1 failed.</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>no reason given</translation>
    </message>
    <message>
        <source>The timestamp server %1 refused the request: %2</source>
        <translation>The timestamp server %1 refused the request: %2</translation>
    </message>
    <message>
        <source>The timestamp could not be checked.</source>
        <translation>The timestamp could not be checked.</translation>
    </message>
    <message>
        <source>A trusted root certificate is damaged.</source>
        <translation>A trusted root certificate is damaged.</translation>
    </message>
    <message>
        <source>An intermediate certificate for the timestamp server is damaged.</source>
        <translation>An intermediate certificate for the timestamp server is damaged.</translation>
    </message>
    <message>
        <source>The certificate of the timestamp server %1 is not trusted.</source>
        <translation>The certificate of the timestamp server %1 is not trusted.</translation>
    </message>
    <message>
        <source>The timestamp server %1 granted the request but sent no timestamp.</source>
        <translation>The timestamp server %1 granted the request but sent no timestamp.</translation>
    </message>
    <message>
        <source>The timestamp from %1 is not a signed TSTInfo.</source>
        <translation>The timestamp from %1 is not a signed TSTInfo.</translation>
    </message>
    <message>
        <source>The timestamp from %1 does not answer this request (its nonce differs).</source>
        <translation>The timestamp from %1 does not answer this request (its nonce differs).</translation>
    </message>
    <message>
        <source>The timestamp from %1 carries policy %2, not the one asked for.</source>
        <translation>The timestamp from %1 carries policy %2, not the one asked for.</translation>
    </message>
    <message>
        <source>The timestamp from %1 has no valid time.</source>
        <translation>The timestamp from %1 has no valid time.</translation>
    </message>
    <message>
        <source>The timestamp from %1 must have exactly one signer.</source>
        <translation>The timestamp from %1 must have exactly one signer.</translation>
    </message>
    <message>
        <source>The timestamp server %1 did not send its certificate although asked to.</source>
        <translation>The timestamp server %1 did not send its certificate although asked to.</translation>
    </message>
    <message>
        <source>The signature of the timestamp from %1 does not verify.</source>
        <translation>The signature of the timestamp from %1 does not verify.</translation>
    </message>
    <message>
        <source>The timestamp from %1 does not name the certificate that signed it (ESS signing certificate).</source>
        <translation>The timestamp from %1 does not name the certificate that signed it (ESS signing certificate).</translation>
    </message>
    <message>
        <source>The certificate that signed the timestamp from %1 is not a timestamping certificate (critical extended key usage timeStamping only).</source>
        <translation>The certificate that signed the timestamp from %1 is not a timestamping certificate (critical extended key usage timeStamping only).</translation>
    </message>
    <message>
        <source>The certificate of the timestamp server %1 is damaged.</source>
        <translation>The certificate of the timestamp server %1 is damaged.</translation>
    </message>
    <message>
        <source>The timestamp from %1 has no valid serial number.</source>
        <translation>The timestamp from %1 has no valid serial number.</translation>
    </message>
    <message>
        <source>The hash to timestamp has %1 bytes; %2 needs %3.</source>
        <translation>The hash to timestamp has %1 bytes; %2 needs %3.</translation>
    </message>
    <message>
        <source>The timestamp policy "%1" is not an OID.</source>
        <translation>The timestamp policy "%1" is not an OID.</translation>
    </message>
    <message>
        <source>The timestamp server %1 stamped a different hash from the one sent.</source>
        <translation>The timestamp server %1 stamped a different hash from the one sent.</translation>
    </message>
    <message>
        <source>The timestamp from %1 names no policy, though one was asked for.</source>
        <translation>The timestamp from %1 names no policy, though one was asked for.</translation>
    </message>
</context>
<context>
    <name>TokensCommandText</name>
    <message>
        <source>PIN LOCKED</source>
        <translation>PIN LOCKED</translation>
    </message>
    <message>
        <source>one PIN try left</source>
        <translation>one PIN try left</translation>
    </message>
    <message>
        <source>a wrong PIN was typed</source>
        <translation>a wrong PIN was typed</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>ready</translation>
    </message>
    <message>
        <source>PKCS#11 module of the token.</source>
        <translation>PKCS#11 module of the token.</translation>
    </message>
    <message>
        <source>module.so</source>
        <translation>module.so</translation>
    </message>
    <message>
        <source>List the tokens of a PKCS#11 module and the certificates on them (without asking for a PIN).</source>
        <translation>List the tokens of a PKCS#11 module and the certificates on them (without asking for a PIN).</translation>
    </message>
    <message>
        <source>--pkcs11 is required.</source>
        <translation>--pkcs11 is required.</translation>
    </message>
    <message>
        <source>Blank token in slot %1 (not initialised)</source>
        <translation>Blank token in slot %1 (not initialised)</translation>
    </message>
    <message>
        <source>Token "%1" (%2 %3, serial %4): %5</source>
        <translation>Token "%1" (%2 %3, serial %4): %5</translation>
    </message>
    <message>
        <source>  --key %1  %2, issued by %3, valid %4 to %5</source>
        <translation>  --key %1  %2, issued by %3, valid %4 to %5</translation>
    </message>
    <message>
        <source>No token is plugged in.</source>
        <translation>No token is plugged in.</translation>
    </message>
</context>
<context>
    <name>TrustCommandText</name>
    <message>
        <source>Certification authority</source>
        <translation>Certification authority</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation>SHA-256 fingerprint</translation>
    </message>
    <message>
        <source>The folder of trusted certification authorities (default %1).</source>
        <translation>The folder of trusted certification authorities (default %1).</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>folder</translation>
    </message>
    <message>
        <source>Manage the certification authorities trusted when verifying signatures: list, add FILE (PEM or DER), remove FINGERPRINT.</source>
        <translation>Manage the certification authorities trusted when verifying signatures: list, add FILE (PEM or DER), remove FINGERPRINT.</translation>
    </message>
    <message>
        <source>%1 is no longer trusted.</source>
        <translation>%1 is no longer trusted.</translation>
    </message>
    <message>
        <source>Use "trust list", "trust add FILE" or "trust remove FINGERPRINT".</source>
        <translation>Use "trust list", "trust add FILE" or "trust remove FINGERPRINT".</translation>
    </message>
    <message>
        <source>Trusted for</source>
        <translation>Trusted for</translation>
    </message>
    <message>
        <source>With add: what the authority is trusted for: any (the default), document-signing or timestamping.</source>
        <translation>With add: what the authority is trusted for: any (the default), document-signing or timestamping.</translation>
    </message>
    <message>
        <source>purpose</source>
        <translation>purpose</translation>
    </message>
    <message>
        <source>--purpose takes any, document-signing or timestamping.</source>
        <translation>--purpose takes any, document-signing or timestamping.</translation>
    </message>
</context>
<context>
    <name>TrustStoreText</name>
    <message>
        <source>"%1" is not a certification authority's certificate; only CA certificates can be trusted.</source>
        <translation>"%1" is not a certification authority's certificate; only CA certificates can be trusted.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>The folder %1 cannot be created.</translation>
    </message>
    <message>
        <source>Name the anchor by at least 8 hexadecimal digits of its fingerprint.</source>
        <translation>Name the anchor by at least 8 hexadecimal digits of its fingerprint.</translation>
    </message>
    <message>
        <source>No trusted certificate has the fingerprint %1.</source>
        <translation>No trusted certificate has the fingerprint %1.</translation>
    </message>
    <message>
        <source>%1 trusted certificates have fingerprints starting with %2; give more digits.</source>
        <translation>%1 trusted certificates have fingerprints starting with %2; give more digits.</translation>
    </message>
    <message>
        <source>%1 cannot be removed.</source>
        <translation>%1 cannot be removed.</translation>
    </message>
</context>
<context>
    <name>UrgencyText</name>
    <message>
        <source>"%1" is not a valid %2.</source>
        <translation>"%1" is not a valid %2.</translation>
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
    <name>ValidationText</name>
    <message>
        <source>The signature format %1 is not supported.</source>
        <translation>The signature format %1 is not supported.</translation>
    </message>
    <message>
        <source>The document was changed after this signature in a way that is not allowed.</source>
        <translation>The document was changed after this signature in a way that is not allowed.</translation>
    </message>
    <message>
        <source>The certification authority confirms that the certificate is not revoked (%1).</source>
        <translation>The certification authority confirms that the certificate is not revoked (%1).</translation>
    </message>
    <message>
        <source>The signer's certificate was revoked on %1, before the signature.</source>
        <translation>The signer's certificate was revoked on %1, before the signature.</translation>
    </message>
    <message>
        <source>The signer's certificate was revoked on %1, after the timestamped signature.</source>
        <translation>The signer's certificate was revoked on %1, after the timestamped signature.</translation>
    </message>
    <message>
        <source>The signer's certificate has been revoked, and nothing proves the signature is older than that.</source>
        <translation>The signer's certificate has been revoked, and nothing proves the signature is older than that.</translation>
    </message>
    <message>
        <source>%1 in the document</source>
        <translation>%1 in the document</translation>
    </message>
    <message>
        <source>The certificate of the certification authority "%1" is not revoked (%2).</source>
        <translation>The certificate of the certification authority "%1" is not revoked (%2).</translation>
    </message>
    <message>
        <source>The certificate of the certification authority "%1" was revoked on %2, before the signature.</source>
        <translation>The certificate of the certification authority "%1" was revoked on %2, before the signature.</translation>
    </message>
    <message>
        <source>The certificate of the certification authority "%1" was revoked on %2, after the timestamped signature.</source>
        <translation>The certificate of the certification authority "%1" was revoked on %2, after the timestamped signature.</translation>
    </message>
    <message>
        <source>The certificate of the certification authority "%1" has been revoked, and nothing proves the signature is older than that.</source>
        <translation>The certificate of the certification authority "%1" has been revoked, and nothing proves the signature is older than that.</translation>
    </message>
    <message>
        <source>The revocation status of "%1" could not be obtained from %2; try again later.</source>
        <translation>The revocation status of "%1" could not be obtained from %2; try again later.</translation>
    </message>
    <message>
        <source>The document timestamp format %1 is not supported.</source>
        <translation>The document timestamp format %1 is not supported.</translation>
    </message>
    <message>
        <source>This is a document timestamp of %1: it proves the document existed in this form at %2.</source>
        <translation>This is a document timestamp of %1: it proves the document existed in this form at %2.</translation>
    </message>
    <message>
        <source>The document holds %1 signatures; VanThu checks documents with at most %2.</source>
        <translation>The document holds %1 signatures; VanThu checks documents with at most %2.</translation>
    </message>
    <message>
        <source>The revocation status of the signer's certificate has not been checked yet (offline check; the certificate names where to ask).</source>
        <translation>The revocation status of the signer's certificate has not been checked yet (offline check; the certificate names where to ask).</translation>
    </message>
    <message>
        <source>The revocation status of the certification authority "%1" has not been checked yet (offline check).</source>
        <translation>The revocation status of the certification authority "%1" has not been checked yet (offline check).</translation>
    </message>
    <message>
        <source>The signer's certificate names no service that tells whether it was revoked, and the document holds no answer: its revocation status cannot be checked.</source>
        <translation>The signer's certificate names no service that tells whether it was revoked, and the document holds no answer: its revocation status cannot be checked.</translation>
    </message>
    <message>
        <source>The certificate of the certification authority "%1" names no service that tells whether it was revoked, and the document holds no answer.</source>
        <translation>The certificate of the certification authority "%1" names no service that tells whether it was revoked, and the document holds no answer.</translation>
    </message>
    <message>
        <source>The document's revocation answer for "%1" was issued before the signing time and had lapsed by then, so it does not count.</source>
        <translation>The document's revocation answer for "%1" was issued before the signing time and had lapsed by then, so it does not count.</translation>
    </message>
    <message>
        <source>%1-%2</source>
        <translation>%1-%2</translation>
    </message>
    <message>
        <source>The %1 uses %2, which is not accepted: %3.</source>
        <translation>The %1 uses %2, which is not accepted: %3.</translation>
    </message>
    <message>
        <source>The %1 uses %2, which is no longer considered secure, and nothing proves it was made before the cut-off: %3.</source>
        <translation>The %1 uses %2, which is no longer considered secure, and nothing proves it was made before the cut-off: %3.</translation>
    </message>
    <message>
        <source>The check was cancelled.</source>
        <translation>The check was cancelled.</translation>
    </message>
    <message>
        <source>The signature has no timestamp of its own; the document timestamp of %1 proves it existed then, so its certificates are judged at that time.</source>
        <translation>The signature has no timestamp of its own; the document timestamp of %1 proves it existed then, so its certificates are judged at that time.</translation>
    </message>
</context>
<context>
    <name>VerificationCommandText</name>
    <message>
        <source>online</source>
        <translation>online</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>offline</translation>
    </message>
    <message>
        <source>Do not ask the certification authorities about revocation: the stored report then says "revocation not yet checked" unless the document holds the answers.</source>
        <translation>Do not ask the certification authorities about revocation: the stored report then says "revocation not yet checked" unless the document holds the answers.</translation>
    </message>
    <message>
        <source>Check the signatures of a registered document again and store the new report (earlier reports are kept).</source>
        <translation>Check the signatures of a registered document again and store the new report (earlier reports are kept).</translation>
    </message>
    <message>
        <source>Give the document id, e.g. "recheck 17".</source>
        <translation>Give the document id, e.g. "recheck 17".</translation>
    </message>
    <message>
        <source>Stored report: %1</source>
        <translation>Stored report: %1</translation>
    </message>
    <message>
        <source>List the stored checks of a document's signatures, oldest first.</source>
        <translation>List the stored checks of a document's signatures, oldest first.</translation>
    </message>
    <message>
        <source>Give the document id, e.g. "reports 17".</source>
        <translation>Give the document id, e.g. "reports 17".</translation>
    </message>
    <message>
        <source>The signatures of document %1 were never checked.</source>
        <translation>The signatures of document %1 were never checked.</translation>
    </message>
</context>
<context>
    <name>VerificationServiceText</name>
    <message>
        <source>There is no document with the id %1.</source>
        <translation>There is no document with the id %1.</translation>
    </message>
    <message>
        <source>Document %1 has no file whose signatures could be checked.</source>
        <translation>Document %1 has no file whose signatures could be checked.</translation>
    </message>
    <message>
        <source>The version checked is not one of document %1.</source>
        <translation>The version checked is not one of document %1.</translation>
    </message>
</context>
<context>
    <name>VerificationText</name>
    <message>
        <source>The signature report cannot be stored: it is damaged.</source>
        <translation>The signature report cannot be stored: it is damaged.</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Valid</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Needs attention</translation>
    </message>
    <message>
        <source>Not valid</source>
        <translation>Not valid</translation>
    </message>
    <message>
        <source>Not signed</source>
        <translation>Not signed</translation>
    </message>
</context>
<context>
    <name>VerifyCommandText</name>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>Leave certificate trust out of the verdict.</source>
        <translation>Leave certificate trust out of the verdict.</translation>
    </message>
    <message>
        <source>Check the signatures of a PDF.</source>
        <translation>Check the signatures of a PDF.</translation>
    </message>
    <message>
        <source>Name one PDF file to verify.</source>
        <translation>Name one PDF file to verify.</translation>
    </message>
    <message>
        <source>A root certificate trusted for this check besides the trust store (PEM); may be repeated.</source>
        <translation>A root certificate trusted for this check besides the trust store (PEM); may be repeated.</translation>
    </message>
    <message>
        <source>Do not ask OCSP responders or CRL distribution points about revocation: unless the document holds the answers, the verdict is then REVOCATION_NOT_CHECKED (exit code 2).</source>
        <translation>Do not ask OCSP responders or CRL distribution points about revocation: unless the document holds the answers, the verdict is then REVOCATION_NOT_CHECKED (exit code 2).</translation>
    </message>
    <message>
        <source>Also draw each signed version and the final file and report what looks different beyond the changes the analysis explains.</source>
        <translation>Also draw each signed version and the final file and report what looks different beyond the changes the analysis explains.</translation>
    </message>
</context>
<context>
    <name>VisualComparisonText</name>
    <message>
        <source>The drawn page cannot be read.</source>
        <translation>The drawn page cannot be read.</translation>
    </message>
    <message>
        <source>The pages could not be drawn to compare them with the signed revision; the verdict rests on the analysis of the file alone.</source>
        <translation>The pages could not be drawn to compare them with the signed revision; the verdict rests on the analysis of the file alone.</translation>
    </message>
    <message>
        <source>Page %1 does not look as it did when signed: it is missing from one of the two versions, or its size or orientation changed.</source>
        <translation>Page %1 does not look as it did when signed: it is missing from one of the two versions, or its size or orientation changed.</translation>
    </message>
    <message>
        <source>Page %1 looks different from the signed version outside the changes the analysis explains: %2 pixels in the box from (%3, %4) to (%5, %6), in points from the top left corner of the page as shown.</source>
        <translation>Page %1 looks different from the signed version outside the changes the analysis explains: %2 pixels in the box from (%3, %4) to (%5, %6), in points from the top left corner of the page as shown.</translation>
    </message>
</context>
<context>
    <name>WorkspaceText</name>
    <message>
        <source>There is no VanThu workspace in %1. Create one with "vanthu-cli init".</source>
        <translation>There is no VanThu workspace in %1. Create one with "vanthu-cli init".</translation>
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
    <name>XlsxText</name>
    <message>
        <source>The spreadsheet could not be written to a temporary folder; check that the disk has free space.</source>
        <translation>The spreadsheet could not be written to a temporary folder; check that the disk has free space.</translation>
    </message>
    <message>
        <source>The register has more entries than a spreadsheet holds (1,048,570); export a shorter period.</source>
        <translation>The register has more entries than a spreadsheet holds (1,048,570); export a shorter period.</translation>
    </message>
    <message>
        <source>The spreadsheet could not be written.</source>
        <translation>The spreadsheet could not be written.</translation>
    </message>
    <message>
        <source>Entry %1 of the register has more text in column (%2) than a spreadsheet cell holds (32,767 characters); export the register as PDF or CSV instead.</source>
        <translation>Entry %1 of the register has more text in column (%2) than a spreadsheet cell holds (32,767 characters); export the register as PDF or CSV instead.</translation>
    </message>
    <message>
        <source>A heading of the register has more text than a spreadsheet cell holds (32,767 characters).</source>
        <translation>A heading of the register has more text than a spreadsheet cell holds (32,767 characters).</translation>
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
    <message>
        <source>Restore from a backup</source>
        <translation>Restore from a backup</translation>
    </message>
    <message>
        <source>The backup is restored. The workspace that was there is kept in %1.</source>
        <translation>The backup is restored. The workspace that was there is kept in %1.</translation>
    </message>
</context>
<context>
    <name>vanthu::gui::BatchSignDialog</name>
    <message>
        <source>Sign several documents</source>
        <translation>Sign several documents</translation>
    </message>
    <message>
        <source>Documents to sign</source>
        <translation>Documents to sign</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Add…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>Documents (add them or drop PDF files here):</source>
        <translation>Documents (add them or drop PDF files here):</translation>
    </message>
    <message>
        <source>Folder for the signed files</source>
        <translation>Folder for the signed files</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>Save &amp;into:</source>
        <translation>Save &amp;into:</translation>
    </message>
    <message>
        <source>Certificate:</source>
        <translation>Certificate:</translation>
    </message>
    <message>
        <source>A&amp;ppearance:</source>
        <translation>A&amp;ppearance:</translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation>%v of %m</translation>
    </message>
    <message>
        <source>Result per document</source>
        <translation>Result per document</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>&amp;Sign all</source>
        <translation>&amp;Sign all</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Add the documents to sign.</source>
        <translation>Add the documents to sign.</translation>
    </message>
    <message>
        <source>Choose an existing folder for the signed files.</source>
        <translation>Choose an existing folder for the signed files.</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <source>Opening the key…</source>
        <translation>Opening the key…</translation>
    </message>
    <message>
        <source>Signing…</source>
        <translation>Signing…</translation>
    </message>
    <message>
        <source>Signing %1 of %2…</source>
        <translation>Signing %1 of %2…</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Error: %1</translation>
    </message>
    <message>
        <source>Signed: %1</source>
        <translation>Signed: %1</translation>
    </message>
    <message>
        <source>Not signed</source>
        <translation>Not signed</translation>
    </message>
    <message>
        <source>Nothing was signed.</source>
        <translation>Nothing was signed.</translation>
    </message>
    <message>
        <source>Stopped: %1 signed, %2 failed.</source>
        <translation>Stopped: %1 signed, %2 failed.</translation>
    </message>
    <message>
        <source>Done: %1 signed, %2 failed.</source>
        <translation>Done: %1 signed, %2 failed.</translation>
    </message>
    <message>
        <source>Stopping after the current document…</source>
        <translation>Stopping after the current document…</translation>
    </message>
</context>
<context>
    <name>vanthu::gui::BatchVerifyDialog</name>
    <message>
        <source>Verify many PDFs</source>
        <translation>Verify many PDFs</translation>
    </message>
    <message>
        <source>PDF files to verify</source>
        <translation>PDF files to verify</translation>
    </message>
    <message>
        <source>&amp;Add files…</source>
        <translation>&amp;Add files…</translation>
    </message>
    <message>
        <source>Add files</source>
        <translation>Add files</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>Remove the selected files</source>
        <translation>Remove the selected files</translation>
    </message>
    <message>
        <source>PDF &amp;files (add them or drop them here):</source>
        <translation>PDF &amp;files (add them or drop them here):</translation>
    </message>
    <message>
        <source>Files verified</source>
        <translation>Files verified</translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation>%v of %m</translation>
    </message>
    <message>
        <source>Verification result per file</source>
        <translation>Verification result per file</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Signatures</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Double-click a file to open it in the viewer.</source>
        <translation>Double-click a file to open it in the viewer.</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Verify</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Verify</translation>
    </message>
    <message>
        <source>Verify every file (Ctrl+Return)</source>
        <translation>Verify every file (Ctrl+Return)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Add the PDF files to verify.</source>
        <translation>Add the PDF files to verify.</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <source>Verifying…</source>
        <translation>Verifying…</translation>
    </message>
    <message>
        <source>Cannot be read</source>
        <translation>Cannot be read</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Not checked</translation>
    </message>
    <message>
        <source>Stopped: %1 of %2 files checked.</source>
        <translation>Stopped: %1 of %2 files checked.</translation>
    </message>
    <message>
        <source>Done: %1 files checked.</source>
        <translation>Done: %1 files checked.</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Stopping…</translation>
    </message>
</context>
<context>
    <name>vanthu::gui::CertificateField</name>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoose…</translation>
    </message>
    <message>
        <source>Choose the certificate</source>
        <translation>Choose the certificate</translation>
    </message>
</context>
<context>
    <name>vanthu::gui::CertificatePicker</name>
    <message>
        <source>Expired on %1</source>
        <translation>Expired on %1</translation>
    </message>
    <message>
        <source>Not valid before %1</source>
        <translation>Not valid before %1</translation>
    </message>
    <message>
        <source>No certificate chosen</source>
        <translation>No certificate chosen</translation>
    </message>
    <message>
        <source>Key file %1 (the certificate is shown after the password)</source>
        <translation>Key file %1 (the certificate is shown after the password)</translation>
    </message>
    <message>
        <source>%1, issued by %2, valid %3 to %4</source>
        <translation>%1, issued by %2, valid %3 to %4</translation>
    </message>
    <message>
        <source>Choose a certificate to sign with.</source>
        <translation>Choose a certificate to sign with.</translation>
    </message>
    <message>
        <source>Choose a certificate</source>
        <translation>Choose a certificate</translation>
    </message>
    <message>
        <source>Key file (PKCS#12: .p12, .pfx)</source>
        <translation>Key file (PKCS#12: .p12, .pfx)</translation>
    </message>
    <message>
        <source>USB token (PKCS#11)</source>
        <translation>USB token (PKCS#11)</translation>
    </message>
    <message>
        <source>Where the key is</source>
        <translation>Where the key is</translation>
    </message>
    <message>
        <source>&amp;Key in:</source>
        <translation>&amp;Key in:</translation>
    </message>
    <message>
        <source>Key file</source>
        <translation>Key file</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>&amp;Show certificate…</source>
        <translation>&amp;Show certificate…</translation>
    </message>
    <message>
        <source>PKCS#12 key files (*.p12 *.pfx);;All files (*)</source>
        <translation>PKCS#12 key files (*.p12 *.pfx);;All files (*)</translation>
    </message>
    <message>
        <source>PKCS#11 module of the token</source>
        <translation>PKCS#11 module of the token</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>B&amp;rowse…</translation>
    </message>
    <message>
        <source>&amp;List certificates</source>
        <translation>&amp;List certificates</translation>
    </message>
    <message>
        <source>Module:</source>
        <translation>Module:</translation>
    </message>
    <message>
        <source>PKCS#11 module</source>
        <translation>PKCS#11 module</translation>
    </message>
    <message>
        <source>Shared libraries (*.so);;All files (*)</source>
        <translation>Shared libraries (*.so);;All files (*)</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Certificates</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Issuer</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Valid from</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Where</translation>
    </message>
    <message>
        <source>Give the PKCS#11 module of the token (ask the CA which file it installed).</source>
        <translation>Give the PKCS#11 module of the token (ask the CA which file it installed).</translation>
    </message>
    <message>
        <source>Token %1: %2</source>
        <translation>Token %1: %2</translation>
    </message>
    <message>
        <source>Token %1</source>
        <translation>Token %1</translation>
    </message>
    <message>
        <source>Token %1 (PIN locked)</source>
        <translation>Token %1 (PIN locked)</translation>
    </message>
    <message>
        <source>No certificate with a key was found. Is the token plugged in?</source>
        <translation>No certificate with a key was found. Is the token plugged in?</translation>
    </message>
    <message>
        <source>Choose the agency's certificate</source>
        <translation>Choose the agency's certificate</translation>
    </message>
    <message>
        <source>Reading the tokens…</source>
        <translation>Reading the tokens…</translation>
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
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
</context>
<context>
    <name>vanthu::gui::DocumentViewer</name>
    <message>
        <source>Document viewer</source>
        <translation>Document viewer</translation>
    </message>
    <message>
        <source>Verify PDF</source>
        <translation>Verify PDF</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>Open a PDF or drop one here to see it and check its signatures.</source>
        <translation>Open a PDF or drop one here to see it and check its signatures.</translation>
    </message>
    <message>
        <source>Find in document</source>
        <translation>Find in document</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Open…</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Fit width</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Find</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Previous</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>%1 — Verify PDF</source>
        <translation>%1 — Verify PDF</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Opening %1…</translation>
    </message>
    <message>
        <source>%1 cannot be shown. %2</source>
        <translation>%1 cannot be shown. %2</translation>
    </message>
    <message>
        <source>Open a PDF</source>
        <translation>Open a PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf);;All files (*)</source>
        <translation>PDF documents (*.pdf);;All files (*)</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Not found</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>Open a document to print it.</source>
        <translation>Open a document to print it.</translation>
    </message>
</context>
<context>
    <name>vanthu::gui::DocumentWindow</name>
    <message>
        <source>Attachments</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <source>&amp;Attachment:</source>
        <translation>&amp;Attachment:</translation>
    </message>
    <message>
        <source>%1 – VanThu</source>
        <translation>%1 – VanThu</translation>
    </message>
    <message>
        <source>Add a &amp;file…</source>
        <translation>Add a &amp;file…</translation>
    </message>
    <message>
        <source>Add a file that came later (an appendix, a better scan) or a new version of the file shown; nothing is replaced.</source>
        <translation>Add a file that came later (an appendix, a better scan) or a new version of the file shown; nothing is replaced.</translation>
    </message>
    <message>
        <source>Choose the file to add</source>
        <translation>Choose the file to add</translation>
    </message>
    <message>
        <source>PDF files (*.pdf *.PDF)</source>
        <translation>PDF files (*.pdf *.PDF)</translation>
    </message>
    <message>
        <source>Add a file</source>
        <translation>Add a file</translation>
    </message>
    <message>
        <source>Is %1 a new version of "%2", or a file of its own?</source>
        <translation>Is %1 a new version of "%2", or a file of its own?</translation>
    </message>
    <message>
        <source>A new &amp;version</source>
        <translation>A new &amp;version</translation>
    </message>
    <message>
        <source>A new &amp;file</source>
        <translation>A new &amp;file</translation>
    </message>
    <message>
        <source>Why is the file added? (kept in the history)</source>
        <translation>Why is the file added? (kept in the history)</translation>
    </message>
    <message>
        <source>Checking and storing %1…</source>
        <translation>Checking and storing %1…</translation>
    </message>
    <message>
        <source>Could not read the file %1.</source>
        <translation>Could not read the file %1.</translation>
    </message>
    <message>
        <source>The file was not added: %1</source>
        <translation>The file was not added: %1</translation>
    </message>
</context>
<context>
    <name>vanthu::gui::DraftsDialog</name>
    <message>
        <source>New draft</source>
        <translation>New draft</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>&amp;Type</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <source>&amp;Subject</source>
        <translation>&amp;Subject</translation>
    </message>
    <message>
        <source>Signer's &amp;position</source>
        <translation>Signer's &amp;position</translation>
    </message>
    <message>
        <source>Signer's &amp;name</source>
        <translation>Signer's &amp;name</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Waiting to be issued</source>
        <translation>Waiting to be issued</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versions</translation>
    </message>
    <message>
        <source>Signer</source>
        <translation>Signer</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>&amp;Add a draft…</source>
        <translation>&amp;Add a draft…</translation>
    </message>
    <message>
        <source>&amp;Leader signs…</source>
        <translation>&amp;Leader signs…</translation>
    </message>
    <message>
        <source>&amp;Issue…</source>
        <translation>&amp;Issue…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Reading the documents waiting to be issued…</source>
        <translation>Reading the documents waiting to be issued…</translation>
    </message>
    <message>
        <source>The list cannot be read</source>
        <translation>The list cannot be read</translation>
    </message>
    <message>
        <source>Choose the draft's PDF</source>
        <translation>Choose the draft's PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>Checking and storing the draft…</source>
        <translation>Checking and storing the draft…</translation>
    </message>
    <message>
        <source>The draft was not added</source>
        <translation>The draft was not added</translation>
    </message>
    <message>
        <source>Added as document %1 (%2).</source>
        <translation>Added as document %1 (%2).</translation>
    </message>
    <message>
        <source>Not signed</source>
        <translation>Not signed</translation>
    </message>
    <message>
        <source>Leader signs</source>
        <translation>Leader signs</translation>
    </message>
    <message>
        <source>Signing the current version…</source>
        <translation>Signing the current version…</translation>
    </message>
    <message>
        <source>Document %1 signed: version %2 (%3).</source>
        <translation>Document %1 signed: version %2 (%3).</translation>
    </message>
    <message>
        <source>Document %1 issued.</source>
        <translation>Document %1 issued.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>vanthu::gui::ErrorPanel</name>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Error details</source>
        <translation>Error details</translation>
    </message>
</context>
<context>
    <name>vanthu::gui::IncomingRegistrationDialog</name>
    <message>
        <source>Register incoming documents</source>
        <translation>Register incoming documents</translation>
    </message>
    <message>
        <source>Files to register</source>
        <translation>Files to register</translation>
    </message>
    <message>
        <source>Drop PDF files here or add them:</source>
        <translation>Drop PDF files here or add them:</translation>
    </message>
    <message>
        <source>&amp;Add files…</source>
        <translation>&amp;Add files…</translation>
    </message>
    <message>
        <source>Add PDF files (Ctrl+O)</source>
        <translation>Add PDF files (Ctrl+O)</translation>
    </message>
    <message>
        <source>Reading the files</source>
        <translation>Reading the files</translation>
    </message>
    <message>
        <source>Reading %v of %m</source>
        <translation>Reading %v of %m</translation>
    </message>
    <message>
        <source>Cancel reading</source>
        <translation>Cancel reading</translation>
    </message>
    <message>
        <source>First page</source>
        <translation>First page</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>(choose)</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <source>&amp;Number/symbol:</source>
        <translation>&amp;Number/symbol:</translation>
    </message>
    <message>
        <source>e.g. 12/2026/QĐ-UBND</source>
        <translation>e.g. 12/2026/QĐ-UBND</translation>
    </message>
    <message>
        <source>&amp;Date of the document:</source>
        <translation>&amp;Date of the document:</translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>dd/mm/yyyy</translation>
    </message>
    <message>
        <source>Issuing &amp;agency:</source>
        <translation>Issuing &amp;agency:</translation>
    </message>
    <message>
        <source>&amp;Subject (trích yếu):</source>
        <translation>&amp;Subject (trích yếu):</translation>
    </message>
    <message>
        <source>Si&amp;gner:</source>
        <translation>Si&amp;gner:</translation>
    </message>
    <message>
        <source>Signer's &amp;position:</source>
        <translation>Signer's &amp;position:</translation>
    </message>
    <message>
        <source>&amp;Hand to (unit or person):</source>
        <translation>&amp;Hand to (unit or person):</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>&amp;Urgency:</source>
        <translation>&amp;Urgency:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otes:</translation>
    </message>
    <message>
        <source>Possible duplicate</source>
        <translation>Possible duplicate</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <source>Register &amp;anyway</source>
        <translation>Register &amp;anyway</translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation>&amp;Register</translation>
    </message>
    <message>
        <source>Register this document (Ctrl+Return)</source>
        <translation>Register this document (Ctrl+Return)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Add PDF files</source>
        <translation>Add PDF files</translation>
    </message>
    <message>
        <source>PDF files (*.pdf *.PDF)</source>
        <translation>PDF files (*.pdf *.PDF)</translation>
    </message>
    <message>
        <source>Fields marked in yellow were recognised from the PDF: check them.</source>
        <translation>Fields marked in yellow were recognised from the PDF: check them.</translation>
    </message>
    <message>
        <source>Choose the type of the document.</source>
        <translation>Choose the type of the document.</translation>
    </message>
    <message>
        <source>Enter the date of the document.</source>
        <translation>Enter the date of the document.</translation>
    </message>
    <message>
        <source>Write the date as dd/mm/yyyy.</source>
        <translation>Write the date as dd/mm/yyyy.</translation>
    </message>
    <message>
        <source>The date is after today.</source>
        <translation>The date is after today.</translation>
    </message>
    <message>
        <source>%1 registered as incoming number %2 of %3 in register %4.</source>
        <translation>%1 registered as incoming number %2 of %3 in register %4.</translation>
    </message>
    <message>
        <source>%1 — registered, number %2</source>
        <translation>%1 — registered, number %2</translation>
    </message>
    <message>
        <source>%1 — reading…</source>
        <translation>%1 — reading…</translation>
    </message>
    <message>
        <source>%1 — cannot be read</source>
        <translation>%1 — cannot be read</translation>
    </message>
    <message>
        <source>Checking the signatures</source>
        <translation>Checking the signatures</translation>
    </message>
    <message>
        <source>Cancel check</source>
        <translation>Cancel check</translation>
    </message>
    <message>
        <source>Stop checking the signatures of this file; it can then be registered without the check.</source>
        <translation>Stop checking the signatures of this file; it can then be registered without the check.</translation>
    </message>
    <message>
        <source>Signatures:</source>
        <translation>Signatures:</translation>
    </message>
    <message>
        <source>Checking the signatures…</source>
        <translation>Checking the signatures…</translation>
    </message>
    <message>
        <source>%1 — signed by %2</source>
        <extracomment>The verdict of a received PDF, then who signed it.</extracomment>
        <translation>%1 — signed by %2</translation>
    </message>
    <message>
        <source>(checked online)</source>
        <translation>(checked online)</translation>
    </message>
    <message>
        <source>(checked offline)</source>
        <translation>(checked offline)</translation>
    </message>
    <message>
        <source>The signatures were not checked: %1</source>
        <translation>The signatures were not checked: %1</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Signatures</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Register</translation>
    </message>
    <message>
        <source>Registering %1…</source>
        <translation>Registering %1…</translation>
    </message>
</context>
<context>
    <name>vanthu::gui::IncomingVerifier</name>
    <message>
        <source>The check of the signatures was cancelled.</source>
        <translation>The check of the signatures was cancelled.</translation>
    </message>
    <message>
        <source>The certification authorities did not answer within %1 seconds.</source>
        <translation>The certification authorities did not answer within %1 seconds.</translation>
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
    <message>
        <source>&amp;Register incoming documents…</source>
        <translation>&amp;Register incoming documents…</translation>
    </message>
    <message>
        <source>&amp;Issue an outgoing document…</source>
        <translation>&amp;Issue an outgoing document…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <source>&amp;Open and verify a PDF…</source>
        <translation>&amp;Open and verify a PDF…</translation>
    </message>
    <message>
        <source>Open a PDF</source>
        <translation>Open a PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>&amp;Signing</source>
        <translation>&amp;Signing</translation>
    </message>
    <message>
        <source>&amp;Sign a PDF…</source>
        <translation>&amp;Sign a PDF…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <source>PDF to sign</source>
        <translation>PDF to sign</translation>
    </message>
    <message>
        <source>Sign &amp;many PDFs…</source>
        <translation>Sign &amp;many PDFs…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+B</source>
        <translation>Ctrl+Shift+B</translation>
    </message>
    <message>
        <source>Signing s&amp;ettings…</source>
        <translation>Signing s&amp;ettings…</translation>
    </message>
    <message>
        <source>%1 – VanThu</source>
        <translation>%1 – VanThu</translation>
    </message>
    <message>
        <source>No certificate was chosen.</source>
        <translation>No certificate was chosen.</translation>
    </message>
    <message>
        <source>Register written to %1</source>
        <translation>Register written to %1</translation>
    </message>
    <message>
        <source>&amp;Verify many PDFs…</source>
        <translation>&amp;Verify many PDFs…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Work</translation>
    </message>
    <message>
        <source>&amp;Print the register…</source>
        <translation>&amp;Print the register…</translation>
    </message>
    <message>
        <source>E&amp;xport the register…</source>
        <translation>E&amp;xport the register…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>&amp;Back up the workspace…</source>
        <translation>&amp;Back up the workspace…</translation>
    </message>
    <message>
        <source>Re&amp;store from a backup…</source>
        <translation>Re&amp;store from a backup…</translation>
    </message>
    <message>
        <source>Choose where to keep the backup</source>
        <translation>Choose where to keep the backup</translation>
    </message>
    <message>
        <source>Back up the workspace</source>
        <translation>Back up the workspace</translation>
    </message>
    <message>
        <source>Backup written to %1: %2</source>
        <translation>Backup written to %1: %2</translation>
    </message>
    <message>
        <source>Choose the backup to restore</source>
        <translation>Choose the backup to restore</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Restore from a backup</translation>
    </message>
    <message>
        <source>The backup is complete and intact: %1

Replace the workspace %2 with it? The workspace there now is kept in a folder beside it. Close VanThu on every other desk that uses this workspace first.</source>
        <translation>The backup is complete and intact: %1

Replace the workspace %2 with it? The workspace there now is kept in a folder beside it. Close VanThu on every other desk that uses this workspace first.</translation>
    </message>
    <message>
        <source>&amp;Drafts waiting to be issued…</source>
        <translation>&amp;Drafts waiting to be issued…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+D</source>
        <translation>Ctrl+Shift+D</translation>
    </message>
</context>
<context>
    <name>vanthu::gui::OutgoingIssueDialog</name>
    <message>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>Issue an outgoing document</source>
        <translation>Issue an outgoing document</translation>
    </message>
    <message>
        <source>Chosen by the type</source>
        <translation>Chosen by the type</translation>
    </message>
    <message>
        <source>&amp;Series:</source>
        <translation>&amp;Series:</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <source>&amp;Legal normative document (QPPL)</source>
        <translation>&amp;Legal normative document (QPPL)</translation>
    </message>
    <message>
        <source>S&amp;ubject (trích yếu):</source>
        <translation>S&amp;ubject (trích yếu):</translation>
    </message>
    <message>
        <source>&amp;Drafting unit (abbreviation):</source>
        <translation>&amp;Drafting unit (abbreviation):</translation>
    </message>
    <message>
        <source>Signer's &amp;position:</source>
        <translation>Signer's &amp;position:</translation>
    </message>
    <message>
        <source>Si&amp;gner:</source>
        <translation>Si&amp;gner:</translation>
    </message>
    <message>
        <source>One per line: name, or identifier|name</source>
        <translation>One per line: name, or identifier|name</translation>
    </message>
    <message>
        <source>&amp;Recipients:</source>
        <translation>&amp;Recipients:</translation>
    </message>
    <message>
        <source>File copy &amp;kept by:</source>
        <translation>File copy &amp;kept by:</translation>
    </message>
    <message>
        <source>&amp;Copies issued:</source>
        <translation>&amp;Copies issued:</translation>
    </message>
    <message>
        <source>The PDF the leader signed</source>
        <translation>The PDF the leader signed</translation>
    </message>
    <message>
        <source>PDF files (*.pdf *.PDF)</source>
        <translation>PDF files (*.pdf *.PDF)</translation>
    </message>
    <message>
        <source>Signed &amp;PDF:</source>
        <translation>Signed &amp;PDF:</translation>
    </message>
    <message>
        <source>Choose the signed PDF</source>
        <translation>Choose the signed PDF</translation>
    </message>
    <message>
        <source>Signed PDF</source>
        <translation>Signed PDF</translation>
    </message>
    <message>
        <source>Seal image</source>
        <translation>Seal image</translation>
    </message>
    <message>
        <source>S&amp;eal image:</source>
        <translation>S&amp;eal image:</translation>
    </message>
    <message>
        <source>Choose the seal image</source>
        <translation>Choose the seal image</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG images (*.png)</translation>
    </message>
    <message>
        <source>&amp;Issue</source>
        <translation>&amp;Issue</translation>
    </message>
    <message>
        <source>Take the number, stamp it with the date and add the agency signature (Ctrl+Return)</source>
        <translation>Take the number, stamp it with the date and add the agency signature (Ctrl+Return)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Will be numbered %1 in series %2, dated %3 (the number is taken when you issue).</source>
        <translation>Will be numbered %1 in series %2, dated %3 (the number is taken when you issue).</translation>
    </message>
    <message>
        <source>Choose the PDF the leader signed.</source>
        <translation>Choose the PDF the leader signed.</translation>
    </message>
    <message>
        <source>The signed PDF %1 does not exist.</source>
        <translation>The signed PDF %1 does not exist.</translation>
    </message>
    <message>
        <source>Choose the image of the seal.</source>
        <translation>Choose the image of the seal.</translation>
    </message>
    <message>
        <source>Not issued, no number was used: %1</source>
        <translation>Not issued, no number was used: %1</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>Issue</translation>
    </message>
    <message>
        <source>Checking the leader's signature, numbering and sealing…</source>
        <translation>Checking the leader's signature, numbering and sealing…</translation>
    </message>
    <message>
        <source>In the workspace: document %1, version %2 (%3)</source>
        <translation>In the workspace: document %1, version %2 (%3)</translation>
    </message>
</context>
<context>
    <name>vanthu::gui::PagePreview</name>
    <message>
        <source>Page preview: click where the signature goes, or move it with the arrow keys</source>
        <translation>Page preview: click where the signature goes, or move it with the arrow keys</translation>
    </message>
</context>
<context>
    <name>vanthu::gui::PdfDocument</name>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>The file %1 does not exist.</translation>
    </message>
    <message>
        <source>The file %1 is too large to show.</source>
        <translation>The file %1 is too large to show.</translation>
    </message>
    <message>
        <source>The file %1 cannot be read.</source>
        <translation>The file %1 cannot be read.</translation>
    </message>
    <message>
        <source>The document is too large to show.</source>
        <translation>The document is too large to show.</translation>
    </message>
    <message>
        <source>This file is not a PDF that can be shown, or it is damaged.</source>
        <translation>This file is not a PDF that can be shown, or it is damaged.</translation>
    </message>
    <message>
        <source>This PDF is protected by a password and cannot be shown.</source>
        <translation>This PDF is protected by a password and cannot be shown.</translation>
    </message>
    <message>
        <source>This PDF has no pages.</source>
        <translation>This PDF has no pages.</translation>
    </message>
</context>
<context>
    <name>vanthu::gui::PdfView</name>
    <message>
        <source>Document pages</source>
        <translation>Document pages</translation>
    </message>
    <message>
        <source>This page cannot be shown.</source>
        <translation>This page cannot be shown.</translation>
    </message>
</context>
<context>
    <name>vanthu::gui::PinDialog</name>
    <message>
        <source>Token PIN</source>
        <translation>Token PIN</translation>
    </message>
    <message>
        <source>Key file password</source>
        <translation>Key file password</translation>
    </message>
    <message>
        <source>Enter the PIN of the token &lt;b&gt;%1&lt;/b&gt;.</source>
        <translation>Enter the PIN of the token &lt;b&gt;%1&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Enter the password of the key file &lt;b&gt;%1&lt;/b&gt;.</source>
        <translation>Enter the password of the key file &lt;b&gt;%1&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>&amp;PIN:</source>
        <translation>&amp;PIN:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
</context>
<context>
    <name>vanthu::gui::RegisterOutput</name>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Export the register</source>
        <translation>Export the register</translation>
    </message>
    <message>
        <source>Printed register (*.pdf);;CSV (*.csv);;Excel (*.xlsx)</source>
        <translation>Printed register (*.pdf);;CSV (*.csv);;Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Name the file .pdf, .csv or .xlsx.</source>
        <translation>Name the file .pdf, .csv or .xlsx.</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Writing %1…</translation>
    </message>
    <message>
        <source>Print the register</source>
        <translation>Print the register</translation>
    </message>
    <message>
        <source>Preparing the pages…</source>
        <translation>Preparing the pages…</translation>
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
    <message>
        <source>Number %1 is void: %2</source>
        <translation>Number %1 is void: %2</translation>
    </message>
    <message>
        <source>%1 (void)</source>
        <translation>%1 (void)</translation>
    </message>
    <message>
        <source>Latest stored check of the signatures, made online: %1</source>
        <translation>Latest stored check of the signatures, made online: %1</translation>
    </message>
    <message>
        <source>Latest stored check of the signatures, made offline (revocation not asked): %1</source>
        <translation>Latest stored check of the signatures, made offline (revocation not asked): %1</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Not checked</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Signatures</translation>
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
    <message>
        <source>Document type</source>
        <translation>Document type</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Urgency</translation>
    </message>
    <message>
        <source>Search this register</source>
        <translation>Search this register</translation>
    </message>
    <message>
        <source>Search this register (with or without diacritics)</source>
        <translation>Search this register (with or without diacritics)</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Find:</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>All types</translation>
    </message>
    <message>
        <source>Any urgency</source>
        <translation>Any urgency</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>%1 documents</source>
        <translation>%1 documents</translation>
    </message>
    <message>
        <source>Nothing in this register matches the search.</source>
        <translation>Nothing in this register matches the search.</translation>
    </message>
    <message>
        <source>%1 documents so far (the search index is still being built)</source>
        <translation>%1 documents so far (the search index is still being built)</translation>
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
    <message>
        <source>The search index is still being built: some documents may be missing.</source>
        <translation>The search index is still being built: some documents may be missing.</translation>
    </message>
</context>
<context>
    <name>vanthu::gui::SignDialog</name>
    <message>
        <source>Sign %1</source>
        <translation>Sign %1</translation>
    </message>
    <message>
        <source>Certificate:</source>
        <translation>Certificate:</translation>
    </message>
    <message>
        <source>&amp;Appearance:</source>
        <translation>&amp;Appearance:</translation>
    </message>
    <message>
        <source>The signer's title printed in the document (e.g. CHỦ TỊCH): the signature goes below it.</source>
        <translation>The signer's title printed in the document (e.g. CHỦ TỊCH): the signature goes below it.</translation>
    </message>
    <message>
        <source>Signer's &amp;title:</source>
        <translation>Signer's &amp;title:</translation>
    </message>
    <message>
        <source>e.g. 05/QĐ-UBND (attachment stamp, issuing)</source>
        <translation>e.g. 05/QĐ-UBND (attachment stamp, issuing)</translation>
    </message>
    <message>
        <source>&amp;Number and symbol:</source>
        <translation>&amp;Number and symbol:</translation>
    </message>
    <message>
        <source>Issuing date, filled in with the agency's seal on a document prepared for issuing.</source>
        <translation>Issuing date, filled in with the agency's seal on a document prepared for issuing.</translation>
    </message>
    <message>
        <source>Issuing &amp;date:</source>
        <translation>Issuing &amp;date:</translation>
    </message>
    <message>
        <source>Signed file</source>
        <translation>Signed file</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>Save &amp;as:</source>
        <translation>Save &amp;as:</translation>
    </message>
    <message>
        <source>Page shown</source>
        <translation>Page shown</translation>
    </message>
    <message>
        <source>&amp;Page:</source>
        <translation>&amp;Page:</translation>
    </message>
    <message>
        <source>&amp;Reset the place</source>
        <translation>&amp;Reset the place</translation>
    </message>
    <message>
        <source>&amp;Sign</source>
        <translation>&amp;Sign</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>%1 cannot be shown.</source>
        <translation>%1 cannot be shown.</translation>
    </message>
    <message>
        <source> of %1</source>
        <translation> of %1</translation>
    </message>
    <message>
        <source>Save the signed file as</source>
        <translation>Save the signed file as</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>An invisible signature has no place on the page.</source>
        <translation>An invisible signature has no place on the page.</translation>
    </message>
    <message>
        <source>The signature goes where Nghị định 30 puts it. Click on the page to move it there instead.</source>
        <translation>The signature goes where Nghị định 30 puts it. Click on the page to move it there instead.</translation>
    </message>
    <message>
        <source>Click on the page where the signature goes.</source>
        <translation>Click on the page where the signature goes.</translation>
    </message>
    <message>
        <source>Say where to save the signed file.</source>
        <translation>Say where to save the signed file.</translation>
    </message>
    <message>
        <source>The signed file must not replace the document itself.</source>
        <translation>The signed file must not replace the document itself.</translation>
    </message>
    <message>
        <source>%1 exists. Replace it?</source>
        <translation>%1 exists. Replace it?</translation>
    </message>
    <message>
        <source>Signing…</source>
        <translation>Signing…</translation>
    </message>
    <message>
        <source>Signed and saved as %1.</source>
        <translation>Signed and saved as %1.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Not signed: the password or PIN was not given.</source>
        <translation>Not signed: the password or PIN was not given.</translation>
    </message>
    <message>
        <source>Not signed.</source>
        <translation>Not signed.</translation>
    </message>
    <message>
        <source>Page %1 is turned in the file, so a visible signature on it would be drawn sideways. Choose another page, or an invisible signature.</source>
        <translation>Page %1 is turned in the file, so a visible signature on it would be drawn sideways. Choose another page, or an invisible signature.</translation>
    </message>
</context>
<context>
    <name>vanthu::gui::SignaturesPanel</name>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Check revocation online</source>
        <translation>Check revocation online</translation>
    </message>
    <message>
        <source>Copy report</source>
        <translation>Copy report</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Signatures</translation>
    </message>
    <message>
        <source>Signatures in this document</source>
        <translation>Signatures in this document</translation>
    </message>
    <message>
        <source>Checking the signatures</source>
        <translation>Checking the signatures</translation>
    </message>
    <message>
        <source>Ask the certification authorities whether a certificate was revoked (needs the network).</source>
        <translation>Ask the certification authorities whether a certificate was revoked (needs the network).</translation>
    </message>
    <message>
        <source>The check was cancelled.</source>
        <translation>The check was cancelled.</translation>
    </message>
    <message>
        <source>Checking the signatures…</source>
        <translation>Checking the signatures…</translation>
    </message>
    <message>
        <source>The signatures could not be checked: %1</source>
        <translation>The signatures could not be checked: %1</translation>
    </message>
    <message>
        <source>Revocation was checked online.</source>
        <translation>Revocation was checked online.</translation>
    </message>
    <message>
        <source>Revocation was checked only with the data inside the document.</source>
        <translation>Revocation was checked only with the data inside the document.</translation>
    </message>
    <message>
        <source>Unknown signer</source>
        <translation>Unknown signer</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Field: %1</source>
        <translation>Field: %1</translation>
    </message>
    <message>
        <source>Signature by %1. %2. Signed %3. %4. Changes after this signature: %5.</source>
        <extracomment>Read by screen readers for one signature: signer, result, signing time, format, changes after it.</extracomment>
        <translation>Signature by %1. %2. Signed %3. %4. Changes after this signature: %5.</translation>
    </message>
    <message>
        <source>Signing time: %1</source>
        <translation>Signing time: %1</translation>
    </message>
    <message>
        <source>Format: %1</source>
        <translation>Format: %1</translation>
    </message>
    <message>
        <source>Issued by: %1</source>
        <translation>Issued by: %1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>Changes after this signature: %1</source>
        <translation>Changes after this signature: %1</translation>
    </message>
    <message>
        <source>The online check was cancelled: revocation not yet checked.</source>
        <translation>The online check was cancelled: revocation not yet checked.</translation>
    </message>
    <message>
        <source>Asking the certification authorities online whether a certificate was revoked…</source>
        <translation>Asking the certification authorities online whether a certificate was revoked…</translation>
    </message>
    <message>
        <source>Revocation not yet checked: this was the offline check.</source>
        <translation>Revocation not yet checked: this was the offline check.</translation>
    </message>
    <message>
        <source>Revocation not yet checked: this workspace works offline. Choose "Check revocation online" to ask the certification authorities.</source>
        <translation>Revocation not yet checked: this workspace works offline. Choose "Check revocation online" to ask the certification authorities.</translation>
    </message>
    <message>
        <source>%1; revocation not yet checked</source>
        <extracomment>A signature's result, then that its certificate's revocation was not asked yet (offline check).</extracomment>
        <translation>%1; revocation not yet checked</translation>
    </message>
    <message>
        <source>Revocation: %1</source>
        <translation>Revocation: %1</translation>
    </message>
</context>
<context>
    <name>vanthu::gui::SigningSettingsDialog</name>
    <message>
        <source>Signing settings</source>
        <translation>Signing settings</translation>
    </message>
    <message>
        <source>Your signature image:</source>
        <translation>Your signature image:</translation>
    </message>
    <message>
        <source>Signature image</source>
        <translation>Signature image</translation>
    </message>
    <message>
        <source>Agency seal:</source>
        <translation>Agency seal:</translation>
    </message>
    <message>
        <source>Agency seal</source>
        <translation>Agency seal</translation>
    </message>
    <message>
        <source>Default &amp;appearance:</source>
        <translation>Default &amp;appearance:</translation>
    </message>
    <message>
        <source>The signer's title printed in the document (e.g. CHỦ TỊCH): the signature goes below it.</source>
        <translation>The signer's title printed in the document (e.g. CHỦ TỊCH): the signature goes below it.</translation>
    </message>
    <message>
        <source>Signer's &amp;title:</source>
        <translation>Signer's &amp;title:</translation>
    </message>
    <message>
        <source> mm</source>
        <translation> mm</translation>
    </message>
    <message>
        <source>Seal &amp;diameter:</source>
        <translation>Seal &amp;diameter:</translation>
    </message>
    <message>
        <source>optional, e.g. http://tsa.example.vn/</source>
        <translation>optional, e.g. http://tsa.example.vn/</translation>
    </message>
    <message>
        <source>&amp;Timestamp server:</source>
        <translation>&amp;Timestamp server:</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Choose %1</source>
        <translation>Choose %1</translation>
    </message>
    <message>
        <source>Use demo image</source>
        <translation>Use demo image</translation>
    </message>
    <message>
        <source>Use the demo %1</source>
        <translation>Use the demo %1</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>%1 is not a PNG or JPEG image.</source>
        <translation>%1 is not a PNG or JPEG image.</translation>
    </message>
    <message>
        <source>The timestamp server must be an http:// address.</source>
        <translation>The timestamp server must be an http:// address.</translation>
    </message>
    <message>
        <source>&amp;Work offline (do not ask OCSP/CRL services)</source>
        <translation>&amp;Work offline (do not ask OCSP/CRL services)</translation>
    </message>
    <message>
        <source>When checking signatures, do not ask the certification authorities by yourself whether a certificate was revoked: the result then stays "revocation not yet checked" until you choose "Check revocation online".</source>
        <translation>When checking signatures, do not ask the certification authorities by yourself whether a certificate was revoked: the result then stays "revocation not yet checked" until you choose "Check revocation online".</translation>
    </message>
    <message>
        <source>Verification:</source>
        <translation>Verification:</translation>
    </message>
</context>
<context>
    <name>vanthu::gui::StoredChecksPanel</name>
    <message>
        <source>Check &amp;again and store</source>
        <translation>Check &amp;again and store</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Stored checks of the signatures</source>
        <translation>Stored checks of the signatures</translation>
    </message>
    <message>
        <source>Check the signatures again, offline as this workspace is set to work, and keep the report with the document.</source>
        <translation>Check the signatures again, offline as this workspace is set to work, and keep the report with the document.</translation>
    </message>
    <message>
        <source>Check the signatures again, asking the certification authorities about revocation, and keep the report with the document.</source>
        <translation>Check the signatures again, asking the certification authorities about revocation, and keep the report with the document.</translation>
    </message>
    <message>
        <source>Signature checks on record:</source>
        <translation>Signature checks on record:</translation>
    </message>
    <message>
        <source>The signatures of this document were never checked on record.</source>
        <translation>The signatures of this document were never checked on record.</translation>
    </message>
    <message>
        <source>online</source>
        <translation>online</translation>
    </message>
    <message>
        <source>offline, revocation not asked</source>
        <translation>offline, revocation not asked</translation>
    </message>
    <message>
        <source>%1 — %2 — %3, by %4</source>
        <translation>%1 — %2 — %3, by %4</translation>
    </message>
    <message>
        <source>Checking the signatures of %1 (version %2)…</source>
        <translation>Checking the signatures of %1 (version %2)…</translation>
    </message>
    <message>
        <source>Report stored: %1.</source>
        <translation>Report stored: %1.</translation>
    </message>
    <message>
        <source>Check again and store</source>
        <translation>Check again and store</translation>
    </message>
    <message>
        <source>Reading the stored PDF…</source>
        <translation>Reading the stored PDF…</translation>
    </message>
    <message>
        <source>Storing the report…</source>
        <translation>Storing the report…</translation>
    </message>
</context>
<context>
    <name>vanthu::gui::TaskRunner</name>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>The task failed.</source>
        <translation>The task failed.</translation>
    </message>
</context>
<context>
    <name>vanthu::gui::ThumbnailModel</name>
    <message>
        <source>Page %1</source>
        <translation>Page %1</translation>
    </message>
</context>
</TS>
