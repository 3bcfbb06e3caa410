"""Errors a user can act on.

The library raises these with a message that names the file or value and says
what to do; the CLI prints the message on one line and exits non-zero. Any
other exception is a bug.
"""


class ActorgraphError(Exception):
    """Base class: the message is shown to the user as it is."""

    exit_code = 1


class InputError(ActorgraphError):
    """A file, folder, option or value the user gave cannot be used."""

    exit_code = 2


class ModelNotFound(ActorgraphError):
    """The configured spaCy model is not installed."""


class StoreError(ActorgraphError):
    """The graph store cannot be opened, reached or written."""


class ActorNotFound(ActorgraphError):
    """No actor matches a name; the message lists the closest names."""
