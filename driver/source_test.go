package driver

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/pyasync2go/pyasync2go/diag"
)

func TestDecodeSource(t *testing.T) {
	tests := []struct {
		name    string
		in      string
		want    string // decoded source, when no error
		wantErr string // diagnostic, when an error
	}{
		{name: "utf-8", in: "print('é')\n", want: "print('é')\n"},
		{name: "bom", in: "\xef\xbb\xbfprint(1)\n", want: "print(1)\n"},
		{name: "latin-1 on line 1", in: "# -*- coding: latin-1 -*-\nprint('\xe9')\n", want: "# -*- coding: latin-1 -*-\nprint('é')\n"},
		{name: "iso-8859-1 on line 2", in: "#!/usr/bin/env python3\n# coding=iso-8859-1\ns = '\xe9'\n", want: "#!/usr/bin/env python3\n# coding=iso-8859-1\ns = 'é'\n"},
		{name: "vim style utf-8", in: "# vim: set fileencoding=utf-8 :\nprint('é')\n", want: "# vim: set fileencoding=utf-8 :\nprint('é')\n"},
		{name: "declaration after code is ignored", in: "x = 1\n# coding: latin-1\ny = '\xe9'\n",
			wantErr: "f.py:3:6: invalid UTF-8 byte 0xe9"},
		{name: "invalid utf-8", in: "print(1)\nprint('ab\xff')\n", wantErr: "f.py:2:10: invalid UTF-8 byte 0xff"},
		{name: "unknown encoding", in: "# coding: klingon\n", wantErr: `f.py:1:1: unknown encoding "klingon" in coding declaration`},
		{name: "ascii with a non-ascii byte", in: "# coding: ascii\nx = '\xc3\xa9'\n", wantErr: "f.py:2:6: non-ASCII byte 0xc3"},
		{name: "bom with latin-1", in: "\xef\xbb\xbf# coding: latin-1\n", wantErr: "f.py:1:1: encoding problem: latin-1 with a UTF-8 byte order mark"},
		{name: "empty", in: "", wantErr: "f.py:1:1: file is empty"},
		{name: "only blank lines", in: "\n  \n\n", wantErr: "f.py:1:1: file is empty"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := DecodeSource("f.py", []byte(tt.in))
			if tt.wantErr != "" {
				var list diag.List
				if !errors.As(err, &list) {
					t.Fatalf("got %v (%T), want a diag.List", err, err)
				}
				if !strings.HasPrefix(err.Error(), tt.wantErr) {
					t.Errorf("got error %q, want prefix %q", err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if string(got) != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

func TestDecodeSourceCaret(t *testing.T) {
	_, err := DecodeSource("f.py", []byte("x = 1\ny = 'a\xffb'\n"))
	list := err.(diag.List)
	want := "f.py:2:7: invalid UTF-8 byte 0xff: save the file as UTF-8 or declare its encoding (# -*- coding: latin-1 -*-)\n" +
		"    y = 'a?b'\n" +
		"          ^"
	if got := list[0].Long(); got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
}

func TestReadSource(t *testing.T) {
	dir := t.TempDir()
	ok := filepath.Join(dir, "ok.py")
	os.WriteFile(ok, []byte("print(1)\n"), 0o644)
	big := filepath.Join(dir, "big.py")
	os.WriteFile(big, []byte(strings.Repeat("x = 1\n", MaxSourceSize/6)), 0o644)
	tenMB := filepath.Join(dir, "ten.py")
	os.WriteFile(tenMB, []byte(strings.Repeat("x = 1\n", 10<<20/6+1)), 0o644)
	huge := filepath.Join(dir, "huge.py")
	f, _ := os.Create(huge)
	f.Truncate(MaxSourceSize + 1) // sparse: no disk used
	f.Close()

	if src, err := ReadSource(ok); err != nil || string(src) != "print(1)\n" {
		t.Errorf("ReadSource(ok.py) = %q, %v", src, err)
	}
	if src, err := ReadSource(big); err != nil || len(src) < MaxSourceSize-6 {
		t.Errorf("ReadSource(file at the size limit): %d bytes, %v", len(src), err)
	}
	for _, tt := range []struct{ path, want string }{
		{filepath.Join(dir, "missing.py"), "missing.py: no such file"},
		{dir, dir + ": is a directory, not a Python file"},
		{huge, "huge.py: file too large"},
		{tenMB, "ten.py: file too large: 10485762 bytes (pyasync2go translates files up to 8 MiB)"},
	} {
		_, err := ReadSource(tt.path)
		var fe *FileError
		if !errors.As(err, &fe) || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("ReadSource(%s) = %v, want a FileError containing %q", tt.path, err, tt.want)
		}
	}
}

func TestReadSourceUnreadable(t *testing.T) {
	if os.Geteuid() == 0 {
		t.Skip("permissions do not apply to root")
	}
	path := filepath.Join(t.TempDir(), "secret.py")
	os.WriteFile(path, []byte("print(1)\n"), 0o000)
	_, err := ReadSource(path)
	if err == nil || !strings.Contains(err.Error(), "secret.py: permission denied") {
		t.Errorf("got %v, want permission denied", err)
	}
}
