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
      return 'the disk is full';
    default:
      return e.code ?? e.message;
  }
}
