"""Exceptions with stable codes; each becomes one row of the errors table."""
from __future__ import annotations


class NordcaseError(Exception):
    """Base class: `code` is stable across versions, `message` is for people."""

    code = "E_INTERNAL"

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


class EmptyInput(NordcaseError):
    code = "E_EMPTY"


class BinaryInput(NordcaseError):
    code = "E_BINARY"


class EncodingError(NordcaseError):
    code = "E_ENCODING"


class TooLarge(NordcaseError):
    code = "E_TOO_LARGE"


class NotNordic(NordcaseError):
    code = "E_NOT_NORDIC"


class ParseError(NordcaseError):
    code = "E_PARSE"


class Timeout(NordcaseError):
    code = "E_TIMEOUT"


class UnsupportedFormat(NordcaseError):
    code = "E_FORMAT"


class UnreadableFile(NordcaseError):
    code = "E_IO"


ERROR_CODES = {cls.code: cls for cls in (
    NordcaseError, EmptyInput, BinaryInput, EncodingError, TooLarge, NotNordic,
    ParseError, Timeout, UnsupportedFormat, UnreadableFile)}
