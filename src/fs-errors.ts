/** A file system error in words, without Node's syscall details. */
export function describeFsError(e: NodeJS.ErrnoException): string {
  switch (e.code) {
    case 'ENOENT':
      return 'no such file or folder';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EROFS':
      return 'the file system is read-only';
    case 'EISDIR':
      return 'it is a folder';
    case 'ELOOP':
      return 'a symbolic link that leads to itself';
    case 'ENOSPC':
      return 'no space left on device';
    case 'EDQUOT':
      return 'disk quota exceeded';
    case 'EIO':
      return 'input/output error';
    case 'EBADF':
      return 'not open for writing';
    case 'ENXIO':
      return 'nothing there to write to (a socket, or a device without a driver)';
    case 'EFBIG':
      return 'the file would be too large';
    default:
      return e.code ?? e.message;
  }
}
