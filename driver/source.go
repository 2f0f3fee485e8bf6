package driver

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"regexp"
	"strings"
	"unicode/utf8"

	"github.com/pyasync2go/pyasync2go/ast"
	"github.com/pyasync2go/pyasync2go/diag"
)

// MaxSourceSize is the largest Python file ReadSource accepts. Larger
// files get a clear error instead of minutes of parsing.
const MaxSourceSize = 8 << 20

// FileError is a problem with an input file as a whole (missing,
// unreadable, a directory, too large). Its message names the file.
type FileError struct {
	Path string
	Msg  string
}

func (e *FileError) Error() string { return e.Path + ": " + e.Msg }

// ReadSource reads a Python source file and returns it as UTF-8, honouring
// a PEP 263 coding declaration (see DecodeSource).
func ReadSource(path string) ([]byte, error) {
	info, err := os.Stat(path)
	if err != nil {
		return nil, fileError(path, err)
	}
	if info.IsDir() {
		return nil, &FileError{path, "is a directory, not a Python file"}
	}
	if !info.Mode().IsRegular() && info.Mode()&fs.ModeNamedPipe == 0 {
		return nil, &FileError{path, "is not a regular file"}
	}
	if info.Size() > MaxSourceSize {
		return nil, &FileError{path, fmt.Sprintf("file too large: %d bytes (pyasync2go translates files up to %d MiB)", info.Size(), MaxSourceSize>>20)}
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fileError(path, err)
	}
	return DecodeSource(path, data)
}

func fileError(path string, err error) error {
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return &FileError{path, "no such file"}
	case errors.Is(err, fs.ErrPermission):
		return &FileError{path, "permission denied"}
	}
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return &FileError{path, pe.Err.Error()}
	}
	return &FileError{path, err.Error()}
}

var codingRE = regexp.MustCompile(`^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)`)

// DecodeSource converts a Python source to UTF-8. As CPython does, it
// reads a coding declaration ("# -*- coding: latin-1 -*-") from the first
// or second line; utf-8, latin-1 (iso-8859-1) and ascii are supported. A
// UTF-8 byte order mark is removed. An empty file, invalid bytes and an
// unknown encoding are reported as a diag.List naming the position.
func DecodeSource(filename string, data []byte) ([]byte, error) {
	if len(bytes.TrimSpace(data)) == 0 {
		return nil, one(filename, ast.Pos{Line: 1, Col: 1}, "", "file is empty: nothing to translate")
	}
	bom := bytes.HasPrefix(data, []byte("\xef\xbb\xbf"))
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	enc, line := codingDeclaration(data)
	if line > 0 {
		name := normalizeEncoding(enc)
		switch {
		case name == "":
			return nil, one(filename, ast.Pos{Line: line, Col: 1}, lineText(data, line),
				fmt.Sprintf("unknown encoding %q in coding declaration (supported: utf-8, latin-1, ascii)", enc))
		case bom && name != "utf-8":
			return nil, one(filename, ast.Pos{Line: line, Col: 1}, lineText(data, line),
				fmt.Sprintf("encoding problem: %s with a UTF-8 byte order mark", enc))
		case name == "latin-1":
			return latin1ToUTF8(data), nil
		case name == "ascii":
			if i := bytes.IndexFunc(data, func(r rune) bool { return r >= utf8.RuneSelf }); i >= 0 {
				pos := offsetPos(data, i)
				return nil, one(filename, pos, lineText(data, pos.Line),
					fmt.Sprintf("non-ASCII byte 0x%02x in a file declared as %s", data[i], enc))
			}
			return data, nil
		}
	}
	if i := invalidUTF8(data); i >= 0 {
		pos := offsetPos(data, i)
		return nil, one(filename, pos, lineText(data, pos.Line),
			fmt.Sprintf("invalid UTF-8 byte 0x%02x: save the file as UTF-8 or declare its encoding (# -*- coding: latin-1 -*-)", data[i]))
	}
	return data, nil
}

func one(filename string, pos ast.Pos, source, msg string) diag.List {
	return diag.List{{File: filename, Pos: pos, Msg: msg, Source: strings.ToValidUTF8(source, "?")}}
}

// codingDeclaration returns the declared encoding and its line (1 or 2),
// or line 0 when there is none. Line 2 counts only when line 1 is a
// comment or blank, as in CPython.
func codingDeclaration(data []byte) (string, int) {
	lines := bytes.SplitN(data, []byte("\n"), 3)
	for i := 0; i < len(lines) && i < 2; i++ {
		l := lines[i]
		if m := codingRE.FindSubmatch(l); m != nil {
			return string(m[1]), i + 1
		}
		t := bytes.TrimSpace(l)
		if len(t) > 0 && t[0] != '#' {
			break
		}
	}
	return "", 0
}

// normalizeEncoding maps an encoding name to "utf-8", "latin-1", "ascii"
// or "" (unsupported), following CPython's get_normal_name.
func normalizeEncoding(enc string) string {
	e := strings.ReplaceAll(strings.ToLower(enc), "_", "-")
	switch {
	case e == "utf-8" || strings.HasPrefix(e, "utf-8-") || e == "utf8":
		return "utf-8"
	case e == "latin-1" || e == "iso-8859-1" || e == "iso-latin-1" || e == "latin1" ||
		e == "iso8859-1" || e == "l1" || e == "cp819" ||
		strings.HasPrefix(e, "latin-1-") || strings.HasPrefix(e, "iso-8859-1-") || strings.HasPrefix(e, "iso-latin-1-"):
		return "latin-1"
	case e == "ascii" || e == "us-ascii" || e == "646":
		return "ascii"
	}
	return ""
}

func latin1ToUTF8(data []byte) []byte {
	out := make([]byte, 0, len(data)+len(data)/8)
	for _, b := range data {
		out = utf8.AppendRune(out, rune(b))
	}
	return out
}

func invalidUTF8(data []byte) int {
	for i := 0; i < len(data); {
		r, size := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && size <= 1 {
			return i
		}
		i += size
	}
	return -1
}

func offsetPos(data []byte, off int) ast.Pos {
	line := 1 + bytes.Count(data[:off], []byte("\n"))
	start := bytes.LastIndexByte(data[:off], '\n') + 1
	return ast.Pos{Line: line, Col: off - start + 1}
}

func lineText(data []byte, line int) string {
	lines := bytes.Split(data, []byte("\n"))
	if line < 1 || line > len(lines) {
		return ""
	}
	return strings.TrimRight(string(lines[line-1]), "\r")
}
