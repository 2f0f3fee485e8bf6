package rt

import "bytes"

// BytesIndex returns b[i] as an int; IndexError "index out of range".
func BytesIndex(b []byte, i int) (int, error) {
	j, ok := normIndex(i, len(b))
	if !ok {
		return 0, IndexError.New("index out of range")
	}
	return int(b[j]), nil
}

// BytesConcat returns a + b, a new bytes value.
func BytesConcat(a, b []byte) []byte {
	out := make([]byte, 0, len(a)+len(b))
	return append(append(out, a...), b...)
}

// BytesOf returns bytes(ints); ValueError "bytes must be in range(0,
// 256)".
func BytesOf(ints []int) ([]byte, error) {
	out := make([]byte, len(ints))
	for i, n := range ints {
		if n < 0 || n > 255 {
			return nil, ValueError.New("bytes must be in range(0, 256)")
		}
		out[i] = byte(n)
	}
	return out, nil
}

// BytesZero returns bytes(n), n zero bytes; ValueError "negative count".
func BytesZero(n int) ([]byte, error) {
	if n < 0 {
		return nil, ValueError.New("negative count")
	}
	return make([]byte, n), nil
}

// BytesSplit returns b.split(sep); ValueError "empty separator".
func BytesSplit(b, sep []byte) ([][]byte, error) {
	if len(sep) == 0 {
		return nil, ValueError.New("empty separator")
	}
	parts := bytes.Split(b, sep)
	for i, p := range parts {
		parts[i] = bytes.Clone(p)
		if parts[i] == nil {
			parts[i] = []byte{}
		}
	}
	return parts, nil
}

// isSpaceByte reports whether c is ASCII whitespace, as bytes methods
// define it.
func isSpaceByte(c byte) bool {
	switch c {
	case ' ', '\t', '\n', '\r', '\v', '\f':
		return true
	}
	return false
}

// BytesFields returns b.split(): the runs of non-whitespace bytes.
func BytesFields(b []byte) [][]byte {
	out := [][]byte{}
	for i := 0; i < len(b); {
		for i < len(b) && isSpaceByte(b[i]) {
			i++
		}
		j := i
		for j < len(b) && !isSpaceByte(b[j]) {
			j++
		}
		if j > i {
			out = append(out, bytes.Clone(b[i:j]))
		}
		i = j
	}
	return out
}

// BytesStrip returns b.strip() (ASCII whitespace).
func BytesStrip(b []byte) []byte { return BytesRStrip(BytesLStrip(b)) }

// BytesLStrip returns b.lstrip() (ASCII whitespace).
func BytesLStrip(b []byte) []byte {
	i := 0
	for i < len(b) && isSpaceByte(b[i]) {
		i++
	}
	return append([]byte{}, b[i:]...)
}

// BytesRStrip returns b.rstrip() (ASCII whitespace).
func BytesRStrip(b []byte) []byte {
	j := len(b)
	for j > 0 && isSpaceByte(b[j-1]) {
		j--
	}
	return append([]byte{}, b[:j]...)
}

// BytesUpper returns b.upper(): ASCII letters only.
func BytesUpper(b []byte) []byte {
	out := make([]byte, len(b))
	for i, c := range b {
		if 'a' <= c && c <= 'z' {
			c -= 'a' - 'A'
		}
		out[i] = c
	}
	return out
}

// BytesLower returns b.lower(): ASCII letters only.
func BytesLower(b []byte) []byte {
	out := make([]byte, len(b))
	for i, c := range b {
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		out[i] = c
	}
	return out
}

// BytesCount returns b.count(sub): non-overlapping occurrences, len(b)+1
// for an empty sub.
func BytesCount(b, sub []byte) int {
	if len(sub) == 0 {
		return len(b) + 1
	}
	return bytes.Count(b, sub)
}

// BytesContains reports n in b for an int n; ValueError "byte must be in
// range(0, 256)".
func BytesContains(b []byte, n int) (bool, error) {
	if n < 0 || n > 255 {
		return false, ValueError.New("byte must be in range(0, 256)")
	}
	return bytes.IndexByte(b, byte(n)) >= 0, nil
}

// BytesNotContains reports n not in b for an int n; ValueError as
// BytesContains.
func BytesNotContains(b []byte, n int) (bool, error) {
	in, err := BytesContains(b, n)
	return !in, err
}
