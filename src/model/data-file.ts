/** The names the loader reads as data: the loader and the guard on -o agree on them. */
export const DATA_FILE = /\.ya?ml$/i;
