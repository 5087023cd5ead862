"""Confinement of the endpoint's query processes on Linux (through libc and libseccomp; elsewhere a no-op).

``deny_connections`` installs a seccomp filter that fails every ``connect(2)`` with EPERM: the process
can no longer open a TCP connection (nor resolve a name), so even a SERVICE clause that got past
the query check cannot reach any address. ``die_with_parent`` has the kernel kill the process when
the thread that started it ends, so a runaway query never outlives a killed server.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import errno
import signal
import sys

_SCMP_ACT_ALLOW = 0x7FFF0000
_SCMP_ACT_ERRNO = 0x00050000
_PR_SET_PDEATHSIG = 1


def deny_connections() -> bool:
    """Deny connect(2) to this process and its future threads; True when the filter is in force."""
    if not sys.platform.startswith("linux"):
        return False
    name = ctypes.util.find_library("seccomp") or "libseccomp.so.2"
    try:
        lib = ctypes.CDLL(name, use_errno=True)
    except OSError:
        return False
    lib.seccomp_init.restype = ctypes.c_void_p
    lib.seccomp_init.argtypes = [ctypes.c_uint32]
    lib.seccomp_syscall_resolve_name.argtypes = [ctypes.c_char_p]
    lib.seccomp_rule_add.argtypes = [ctypes.c_void_p, ctypes.c_uint32, ctypes.c_int, ctypes.c_uint]
    lib.seccomp_load.argtypes = [ctypes.c_void_p]
    lib.seccomp_release.argtypes = [ctypes.c_void_p]
    context = lib.seccomp_init(_SCMP_ACT_ALLOW)
    if not context:
        return False
    try:
        syscall = lib.seccomp_syscall_resolve_name(b"connect")
        return (syscall >= 0 and lib.seccomp_rule_add(context, _SCMP_ACT_ERRNO | errno.EPERM, syscall, 0) == 0
                and lib.seccomp_load(context) == 0)
    finally:
        lib.seccomp_release(context)


def die_with_parent() -> bool:
    """Ask the kernel for SIGKILL when the parent thread ends; True when it was accepted."""
    if not sys.platform.startswith("linux"):
        return False
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        return libc.prctl(_PR_SET_PDEATHSIG, int(signal.SIGKILL), 0, 0, 0) == 0
    except (OSError, AttributeError):
        return False
