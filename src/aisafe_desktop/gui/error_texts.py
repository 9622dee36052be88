"""The GUI's translations of every error message template raised in src/ (see core/errors.py).

The English template is the key: `QT_TRANSLATE_NOOP` marks each one so that pyside6-lupdate puts
it in the .ts files, and `localise` looks it up at run time and fills in the parameters (which
may themselves be messages, translated the same way). tests/gui/test_error_texts.py checks that
every template raised anywhere in src/ is listed here.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from aisafe_desktop.core.errors import AisafeError, Message, render
from aisafe_desktop.core.problems import Problem
from aisafe_desktop.gui.error_texts_trust import TRUST_TEMPLATES
from aisafe_desktop.reporting.verify_reasons import Finding

CONTEXT = "Errors"

# QT_TRANSLATE_NOOP returns its text; the stubs say `object`
TEMPLATES: tuple[str, ...] = tuple(map(str, (
    # core
    QT_TRANSLATE_NOOP("Errors", "'answers' must be an object mapping question ids to answers"),
    QT_TRANSLATE_NOOP("Errors",
                      "'format' must be \"{expected}\" (found {found}); is this an AISafe answers file?"),
    QT_TRANSLATE_NOOP("Errors", "'language' must be a language code such as \"en\""),
    QT_TRANSLATE_NOOP("Errors", "'questionnaire' must be {shape}"),
    QT_TRANSLATE_NOOP("Errors", "an answers document is a JSON object ({shape})"),
    QT_TRANSLATE_NOOP("Errors", "answer '{question_id}' must be {shape}; 'value' is missing"),
    QT_TRANSLATE_NOOP("Errors", "answer '{question_id}' must be {shape}; keys it does not know: {keys}"),
    QT_TRANSLATE_NOOP("Errors", "expects a date written YYYY-MM-DD"),
    QT_TRANSLATE_NOOP("Errors", "expects a list of option values, e.g. {example}"),
    QT_TRANSLATE_NOOP("Errors", "expects a number"),
    QT_TRANSLATE_NOOP("Errors", "expects a text"),
    QT_TRANSLATE_NOOP("Errors", "lists an option twice"),
    QT_TRANSLATE_NOOP("Errors", "no such question in {questionnaire} {version}"),
    QT_TRANSLATE_NOOP("Errors", "not valid JSON: {reason} at line {line}, column {column}"),
    QT_TRANSLATE_NOOP("Errors", "required, but not answered"),
    QT_TRANSLATE_NOOP("Errors", "the comment of answer '{question_id}' must be a text"),
    QT_TRANSLATE_NOOP("Errors", "the file is not UTF-8 text; save it as UTF-8"),
    QT_TRANSLATE_NOOP("Errors",
                      "the file is {size:,} bytes; answers documents are limited to {limit:,} bytes"),
    QT_TRANSLATE_NOOP("Errors", "the JSON is nested too deeply"),
    QT_TRANSLATE_NOOP("Errors", "keys this format does not know: {keys}"),
    QT_TRANSLATE_NOOP("Errors", "{problem}"),
    QT_TRANSLATE_NOOP("Errors", "{path}: {problem}"),
    QT_TRANSLATE_NOOP("Errors", "{question_id}: {reason}"),
    QT_TRANSLATE_NOOP("Errors", "{values} not among the options ({options})"),
    QT_TRANSLATE_NOOP("Errors", "{value} is above the maximum {maximum}"),
    QT_TRANSLATE_NOOP("Errors", "{value} is below the minimum {minimum}"),
    QT_TRANSLATE_NOOP("Errors", "{value} is not among the options ({options})"),
    # storage
    QT_TRANSLATE_NOOP("Errors",
                      "AISafe Desktop is already running (process {owner}) with the data folder {folder}. "
                      "Close the other window first, or use another data folder."),
    QT_TRANSLATE_NOOP("Errors",
                      "AISafe Desktop is already running with the data folder {folder}. Close the other "
                      "window first, or use another data folder."),
    QT_TRANSLATE_NOOP("Errors",
                      "cannot create the lock file {file}: {reason}. Check the folder's permissions."),
    QT_TRANSLATE_NOOP("Errors", "could not read {database}: {reason}. Nothing was changed; try again."),
    QT_TRANSLATE_NOOP("Errors",
                      "could not save to {database}: {reason}. This last change was not saved; everything "
                      "saved before it is safe. Free some disk space or check that the folder is writable, "
                      "then try again."),
    QT_TRANSLATE_NOOP("Errors",
                      "could not save to {database}: {reason}. This last change was not saved; everything "
                      "saved before it is safe. The database stayed busy for too long; try again."),
    QT_TRANSLATE_NOOP("Errors",
                      "{database} is damaged ({detail}). It has not been changed. No good backup was found."),
    QT_TRANSLATE_NOOP("Errors",
                      "{database} is damaged ({detail}). It has not been changed. The latest good backup is "
                      "{backup}; restore it."),
    QT_TRANSLATE_NOOP("Errors",
                      "{database} was written by a newer version of AISafe Desktop (schema {revision}). It "
                      "has not been changed. Install the newer version again, or use another data folder."),
    # services
    QT_TRANSLATE_NOOP("Errors",
                      "'{country}' is not an ASEAN member state; use one of {countries}"),
    QT_TRANSLATE_NOOP("Errors",
                      "'{email}' does not look like an e-mail address (name@example.org)"),
    QT_TRANSLATE_NOOP("Errors",
                      "assessment {assessment_id} is in the trash; restore it to change it"),
    QT_TRANSLATE_NOOP("Errors", "cannot create the data folder {folder}: {reason}"),
    QT_TRANSLATE_NOOP("Errors",
                      "cannot open the database {database}: {reason}. It has not been changed."),
    QT_TRANSLATE_NOOP("Errors", "cannot read {file}: {reason}"),
    QT_TRANSLATE_NOOP("Errors", "give the AI system a name"),
    QT_TRANSLATE_NOOP("Errors", "give the assessment a title"),
    QT_TRANSLATE_NOOP("Errors", "give the organisation's name"),
    QT_TRANSLATE_NOOP("Errors", "keep the title under 200 characters"),
    QT_TRANSLATE_NOOP("Errors",
                      "no questionnaire '{questionnaire}' is installed (available: {known}); give the "
                      "path of its YAML file instead"),
    QT_TRANSLATE_NOOP("Errors",
                      "no questionnaire '{questionnaire}' version {version} is installed (available: "
                      "{known}); give the path of its YAML file instead"),
    QT_TRANSLATE_NOOP("Errors",
                      "say where to save the identity (an output file or the data folder)"),
    QT_TRANSLATE_NOOP("Errors",
                      "the answers are for {questionnaire} {version}, not {expected} {expected_version}; "
                      "choose the matching questionnaire"),
    QT_TRANSLATE_NOOP("Errors", "the answers cannot be exported yet: {problems}"),
    QT_TRANSLATE_NOOP("Errors",
                      "the answers cannot be exported yet: {problems} (and {more} more)"),
    QT_TRANSLATE_NOOP("Errors", "the answers cannot be imported: {problems}"),
    QT_TRANSLATE_NOOP("Errors", "the answers cannot be imported: {problems} (and {more} more)"),
    QT_TRANSLATE_NOOP("Errors",
                      "the answers were given to a different text of {questionnaire} (SHA-256 {sha256}); put "
                      "that questionnaire file in the questionnaires folder of the data folder and retry"),
    QT_TRANSLATE_NOOP("Errors",
                      "the questionnaire {questionnaire} is not installed; put its YAML file in the "
                      "questionnaires folder of the data folder and retry"),
    QT_TRANSLATE_NOOP("Errors",
                      "the stored copy of {questionnaire} {version} no longer loads: {problem}"),
    QT_TRANSLATE_NOOP("Errors",
                      "the stored questionnaire {sha256}… is missing from the database; restore a backup"),
    QT_TRANSLATE_NOOP("Errors",
                      "the text contains characters that are not valid text (unpaired UTF-16 surrogates)"),
    QT_TRANSLATE_NOOP("Errors",
                      "the trust entry {entry} is neither a SHA-256 fingerprint (64 hex digits) nor a "
                      "certificate file"),
    QT_TRANSLATE_NOOP("Errors", "there is no AI system {ai_system_id}"),
    QT_TRANSLATE_NOOP("Errors", "there is no assessment {assessment_id}"),
    QT_TRANSLATE_NOOP("Errors",
                      "today's automatic backup could not be made in {folder}: {reason}"),
    QT_TRANSLATE_NOOP("Errors", "unknown language '{language}' (known: {known})"),
    QT_TRANSLATE_NOOP("Errors", "{backup} is damaged or not a database ({problem})"),
    QT_TRANSLATE_NOOP("Errors", "{backup} is not an AISafe Desktop backup"),
    QT_TRANSLATE_NOOP("Errors", "{backup} was made by a newer version of AISafe Desktop"),
    QT_TRANSLATE_NOOP("Errors", "{backup}: no such file"),
    QT_TRANSLATE_NOOP("Errors", "required questions not answered yet ({count}): {questions}"),
    QT_TRANSLATE_NOOP("Errors",
                      "required questions not answered yet ({count}): {questions} and {more} more"),
    QT_TRANSLATE_NOOP("Errors",
                      "{database} is not an AISafe Desktop database; it has not been changed. Move it "
                      "away or use another data folder."),
    QT_TRANSLATE_NOOP("Errors", "{file} has no certificate file next to it; give the passphrase"),
    QT_TRANSLATE_NOOP("Errors", "{file} is not a valid questionnaire: {problems}"),
    QT_TRANSLATE_NOOP("Errors",
                      "{file} is not a valid questionnaire: {problems} (and {more} more)"),
    QT_TRANSLATE_NOOP("Errors", "{file}: no such file"),
    QT_TRANSLATE_NOOP("Errors", "{new} is not a version of {old}"),
    QT_TRANSLATE_NOOP("Errors", "{reason}"),
    # reporting
    QT_TRANSLATE_NOOP("Errors", "bundled font file missing: {file}; reinstall AISafe Desktop"),
    QT_TRANSLATE_NOOP("Errors", "cannot create the identity: {problems}"),
    QT_TRANSLATE_NOOP("Errors", "cannot extract the answers: {reason}"),
    QT_TRANSLATE_NOOP("Errors", "cannot read identity file {file}: {reason}"),
    QT_TRANSLATE_NOOP("Errors", "cannot read {source}: {reason}"),
    QT_TRANSLATE_NOOP("Errors", "cannot write {file}: {reason}"),
    QT_TRANSLATE_NOOP("Errors",
                      "choose a passphrase: the private key is never stored unencrypted"),
    QT_TRANSLATE_NOOP("Errors",
                      "country {country} is not a two-letter ISO code such as MY, TH or VN"),
    QT_TRANSLATE_NOOP("Errors", "e-mail {email} does not look like name@example.org"),
    QT_TRANSLATE_NOOP("Errors", "signing failed: {reason}"),
    QT_TRANSLATE_NOOP("Errors",
                      "the bundled fonts are missing from {folder}; reinstall AISafe Desktop"),
    QT_TRANSLATE_NOOP("Errors", "the organisation is empty"),
    QT_TRANSLATE_NOOP("Errors",
                      "the passphrase does not open {source}; check it and try again (passphrases are "
                      "case-sensitive)"),
    QT_TRANSLATE_NOOP("Errors", "the rendered report is not a readable PDF: {reason}"),
    QT_TRANSLATE_NOOP("Errors", "the report could not be laid out: {reason}"),
    QT_TRANSLATE_NOOP("Errors", "the report does not conform to PDF/A-3b: {problems}"),
    QT_TRANSLATE_NOOP("Errors", "the signature's byte range goes past the end of the file"),
    QT_TRANSLATE_NOOP("Errors", "the signature's byte range is malformed"),
    QT_TRANSLATE_NOOP("Errors", "the signer name is empty"),
    QT_TRANSLATE_NOOP("Errors", "{file} already exists; choose another file name"),
    QT_TRANSLATE_NOOP("Errors",
                      "{source} has no private key or no certificate; export it again including the key"),
    QT_TRANSLATE_NOOP("Errors", "{source} holds a {kind}; only RSA and EC keys can sign reports"),
    QT_TRANSLATE_NOOP("Errors", "{source} is not a PEM or DER X.509 certificate"),
    QT_TRANSLATE_NOOP("Errors", "{source} is not a PKCS#12 (.p12/.pfx) file"),
    # services: the received answers document's schema (answers_schema.py)
    QT_TRANSLATE_NOOP("Errors", "a text"),
    QT_TRANSLATE_NOOP("Errors", "true/false"),
    QT_TRANSLATE_NOOP("Errors", "a number"),
    QT_TRANSLATE_NOOP("Errors", "a list"),
    QT_TRANSLATE_NOOP("Errors", "an object"),
    QT_TRANSLATE_NOOP("Errors", "null"),
    QT_TRANSLATE_NOOP("Errors", "something else"),
    QT_TRANSLATE_NOOP("Errors", "a text or a number"),
    QT_TRANSLATE_NOOP("Errors", "a text, a number or a list"),
    QT_TRANSLATE_NOOP("Errors", "an answer"),
    QT_TRANSLATE_NOOP("Errors", "a text, a number or a list of texts"),
    QT_TRANSLATE_NOOP("Errors", "{name} is not a number JSON allows"),
    QT_TRANSLATE_NOOP("Errors", "expected true or false, found {kind}"),
    QT_TRANSLATE_NOOP("Errors", "expected {what}, found {kind}"),
    QT_TRANSLATE_NOOP("Errors", "expected null, found {kind}"),
    QT_TRANSLATE_NOOP("Errors", "the same field appears twice"),
    QT_TRANSLATE_NOOP("Errors", "{size:,} bytes, more than {limit:,}"),
    QT_TRANSLATE_NOOP("Errors", "expected \"{expected}\""),
    QT_TRANSLATE_NOOP("Errors", "expected a text, found {kind}"),
    QT_TRANSLATE_NOOP("Errors", "the text is {length:,} characters, more than {limit:,}"),
    QT_TRANSLATE_NOOP("Errors", "the text is not in the expected form"),
    QT_TRANSLATE_NOOP("Errors", "expected a number, found {kind}"),
    QT_TRANSLATE_NOOP("Errors", "the number is not a finite, plausible value"),
    QT_TRANSLATE_NOOP("Errors", "the number {value} is outside {low}–{high}"),
    QT_TRANSLATE_NOOP("Errors", "expected a list, found {kind}"),
    QT_TRANSLATE_NOOP("Errors", "the list has {count:,} items, more than {limit:,}"),
    QT_TRANSLATE_NOOP("Errors", "expected an object, found {kind}"),
    QT_TRANSLATE_NOOP("Errors", "{count:,} entries, more than {limit:,}"),
    QT_TRANSLATE_NOOP("Errors", "an id"),
    QT_TRANSLATE_NOOP("Errors", "a text or an object"),
    QT_TRANSLATE_NOOP("Errors", "not UTF-8 text"),
    QT_TRANSLATE_NOOP("Errors", "not valid JSON (line {line})"),
    QT_TRANSLATE_NOOP("Errors", "nested too deeply"),
    QT_TRANSLATE_NOOP("Errors", "unknown field"),
    QT_TRANSLATE_NOOP("Errors", "missing"),
    # storage: full disk, interrupted restores, backups (w15)
    QT_TRANSLATE_NOOP("Errors",
                      "The disk is full: free {megabytes} MB on the drive of {folder}, then try "
                      "again. Nothing was lost: everything saved before is safe."),
    QT_TRANSLATE_NOOP("Errors",
                      "The restore of {backup} was interrupted before it changed anything; your "
                      "data is as it was before."),
    QT_TRANSLATE_NOOP("Errors",
                      "The restore of {backup} was interrupted; it has now been finished. The "
                      "data you had before is kept in {kept}."),
    QT_TRANSLATE_NOOP("Errors",
                      "a backup restore was interrupted and its journal {journal} cannot be read "
                      "({error}). Nothing was changed; your data is in {folder}."),
    QT_TRANSLATE_NOOP("Errors",
                      "an interrupted restore left a damaged copy {staging} ({problem}). Your "
                      "previous data is in {kept}."),
    QT_TRANSLATE_NOOP("Errors",
                      "an interrupted restore left no database. Your previous data is in {kept}; "
                      "the backup is {backup}."),
    QT_TRANSLATE_NOOP("Errors",
                      "could not read {database} ({problem}). It has not been changed. Check that "
                      "the folder is readable and the disk is not full, then try again."),
    QT_TRANSLATE_NOOP("Errors",
                      "the backup could not be written to {folder}: {error}. Your data is "
                      "unchanged."),
    # the agency inbox
    QT_TRANSLATE_NOOP("Errors", "the review receipt could not be laid out: {detail}"),
    QT_TRANSLATE_NOOP("Errors", "the review receipt has no place for the signature"),
    QT_TRANSLATE_NOOP("Errors", "the summary could not be laid out: {detail}"),
    QT_TRANSLATE_NOOP("Errors", "a submission that is {old} cannot become {new}"),
    QT_TRANSLATE_NOOP("Errors",
                      "submission {id} was changed by {who} while you were looking at it; "
                      "nothing was overwritten. Open it again to see the change."),
    QT_TRANSLATE_NOOP("Errors", "there is no submission {id} in the inbox"),
    QT_TRANSLATE_NOOP("Errors", "{url} is not a database URL this app can use"),
    QT_TRANSLATE_NOOP("Errors",
                      "the inbox {url} was written by a newer version of AISafe Desktop "
                      "(schema {revision}); it has not been changed. Install the newer version."),
    QT_TRANSLATE_NOOP("Errors",
                      "could not write the inbox {url}: {detail}. Nothing of this action was "
                      "saved; free some disk space or try again."),
    QT_TRANSLATE_NOOP("Errors",
                      "the inbox {url} does not allow user {user} to do this; nothing was "
                      "changed. Ask the inbox's administrator for an officer's rights "
                      "(docs/inbox.md)."),
    QT_TRANSLATE_NOOP("Errors", "the inbox needs a database file, not {url}"),
    QT_TRANSLATE_NOOP("Errors", "the inbox works with SQLite or PostgreSQL, not {url}"),
    QT_TRANSLATE_NOOP("Errors",
                      "the inbox database {url} cannot be reached ({detail}). Check the server "
                      "name and port, that the server is running and accepts connections from "
                      "this computer, and the user name and password."),
    QT_TRANSLATE_NOOP("Errors", "the receipt's field {path} must be a text of at most {limit} characters"),
    QT_TRANSLATE_NOOP("Errors", "the receipt's data is not JSON text"),
    QT_TRANSLATE_NOOP("Errors", "the file is not a review receipt ({expected})"),
    QT_TRANSLATE_NOOP("Errors", "the receipt's report, questionnaire or comments are missing or malformed"),
    QT_TRANSLATE_NOOP("Errors", "the receipt does not name the reviewed file's SHA-256"),
    QT_TRANSLATE_NOOP("Errors", "the receipt's dates are not written YYYY-MM-DD"),
    QT_TRANSLATE_NOOP("Errors", "the receipt's comment {index} is malformed"),
    QT_TRANSLATE_NOOP("Errors",
                      "this receipt is about a report this computer did not export (SHA-256 "
                      "{sha256}); import it on the computer that made the report"),
    QT_TRANSLATE_NOOP("Errors", "the file is too large to be a review receipt"),
    QT_TRANSLATE_NOOP("Errors", "the file is not a PDF"),
    QT_TRANSLATE_NOOP("Errors", "the receipt cannot be relied on: {reason}"),
    # hints inside the questionnaire validator's problems (core.structure, core.semantics)
    QT_TRANSLATE_NOOP("Errors", " — did you mean '{guess}'?"),
    QT_TRANSLATE_NOOP("Errors", ". Allowed keys in a {what}: {keys}."),
    QT_TRANSLATE_NOOP("Errors", " Did you mean '{guess}' ({language})?"),
    QT_TRANSLATE_NOOP("Errors", " Did you mean '{guess}'?"),
    # phrases inside the verifier's reasons (services.received_checks, services.page_claims)
    QT_TRANSLATE_NOOP("Errors", "and {count} more"),
    QT_TRANSLATE_NOOP("Errors", "band {band}, score {score}, no red flags"),
    QT_TRANSLATE_NOOP("Errors", "band {band}, score {score}, red flags: {flags}"),
    QT_TRANSLATE_NOOP("Errors", "no result band"),
    QT_TRANSLATE_NOOP("Errors", "several bands ({bands})"),
    QT_TRANSLATE_NOOP("Errors", "no red flags"),
    QT_TRANSLATE_NOOP("Errors", "red flags: {flags}"),
    QT_TRANSLATE_NOOP("Errors", "no overall score"),
    QT_TRANSLATE_NOOP("Errors", "an overall score of {scores}"),
    QT_TRANSLATE_NOOP("Errors", "{band}, {score} / 100, red flags: {flags}"),
    QT_TRANSLATE_NOOP("Errors", "{band}, {score} / 100, no red flags"),
    # notes of a finished export (ExportResult.notes)
    QT_TRANSLATE_NOOP("Errors",
                      "the answer to '{question}' has characters no bundled font can draw "
                      "({characters}); the report shows {replacement} in their place"),
    QT_TRANSLATE_NOOP("Errors",
                      "the identity has an {key_type} key: the signature is valid, but such "
                      "signatures make the file PDF 2.0, so it is no longer PDF/A-3b (the "
                      "archiving format); use an RSA identity to keep PDF/A"),
)))
TEMPLATES += TRUST_TEMPLATES  # the trust store, verdicts and agency CA


def localise(message: AisafeError | Message, *, sentence: bool = False) -> str:
    """The message in the user-interface language (English when no translation is installed).
    As a `sentence` (shown on its own), a template that starts with a word starts upper-case;
    one that starts with a value (a file name, a question id) is left as it is."""
    template = QCoreApplication.translate(CONTEXT, message.template)
    if sentence:
        template = template[:1].upper() + template[1:]
    return render(template, localise_params(message.params))


def localise_params(params: Mapping[str, Any]) -> dict[str, Any]:
    """Parameters ready to fill a translated template: messages among them are translated."""
    return {name: _localised(value) for name, value in params.items()}


def _localised(value: Any) -> Any:
    if isinstance(value, AisafeError | Message):
        return localise(value)
    if isinstance(value, Finding):  # what a check of a signed file found
        from aisafe_desktop.gui.verify_reason_texts import finding_text

        return finding_text(value)
    if isinstance(value, Problem):  # a questionnaire validator's problem
        from aisafe_desktop.gui.problem_texts import problem_text

        return problem_text(value)
    if isinstance(value, list | tuple):
        return "; ".join(str(_localised(item)) for item in value)
    return value
