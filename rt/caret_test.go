package rt

import "testing"

// Expected markers are CPython 3.11's, from tracebacks of small programs.
func TestCaretLine(t *testing.T) {
	tests := []struct {
		src, callee string
		innermost   bool
		cls         *Class
		want        string
	}{
		{"asyncio.run(main())", "run", false, nil, ""},
		{"v = await g()", "g", false, nil, "    ^^^^^^^^^"},
		{"r = await f(0)", "f", false, nil, "    ^^^^^^^^^^"},
		{"return 1 / x", "", true, ZeroDivisionError, "       ~~^~~"},
		{"x = foo(1) + 2", "foo", false, nil, "    ^^^^^^"},
		{`return items[n] + C().m("b")`, "m", false, nil, `                  ^^^^^^^^^^`},
		{`return {"a": 1}[x]`, "", true, KeyError, `       ~~~~~~~~^^^`},
		{`print(int("x" + "y"))`, "", true, ValueError, `      ^^^^^^^^^^^^^^`},
		{"await t", "f", false, nil, ""},
		{"raise ValueError(x)", "", true, ValueError, ""},
		{"await f()", "f", false, nil, ""},
		{`{}["key"]`, "", true, KeyError, `~~^^^^^^^`},
		{"1 / 0", "", true, ZeroDivisionError, "~~^~~"},
		{`print(count + " items")`, "", true, TypeError, `      ~~~~~~^~~~~~~~~~`},
		{`y = count + "x"`, "", true, TypeError, `    ~~~~~~^~~~~`},
		{`y = [count] * 1.5`, "", true, TypeError, `    ~~~~~~~~^~~~~`},
		{`y = count ** "a"`, "", true, TypeError, `    ~~~~~~^^~~~~`},
		{`y = 1.5 << count`, "", true, TypeError, `    ~~~~^^~~~~~~`},
		{`y = -s`, "", true, TypeError, `    ^^`},
		{`print(-s)`, "", true, TypeError, `      ^^`},
		{`print(count, count + "a")`, "", true, TypeError, `             ~~~~~~^~~~~`},
		{`y = len(count) + 1`, "", true, TypeError, `    ^^^^^^^^^^`},
		{`count += "!"`, "", true, TypeError, ""},
		{`print(x // 0)`, "", true, ZeroDivisionError, `      ~~^^~~`},
		{`if a < b:`, "", true, ZeroDivisionError, ""},
		{`print(n[0])`, "", true, TypeError, `      ~^^^`},
		{`y = s["x"]`, "", true, TypeError, `    ~^^^^^`},
		{`y = n(1)`, "", true, TypeError, `    ^^^^`},
		{`print(n())`, "", true, TypeError, `      ^^^`},
	}
	for _, tt := range tests {
		if got := caretLine(tt.src, tt.callee, tt.innermost, tt.cls); got != tt.want {
			t.Errorf("caretLine(%q, %q) = %q, want %q", tt.src, tt.callee, got, tt.want)
		}
	}
}

// CPython 3.11's markers under the read of an unbound local.
func TestNameCaret(t *testing.T) {
	msg := func(name string) *Exc {
		return UnboundLocalError.New("cannot access local variable '" + name + "' where it is not associated with a value")
	}
	tests := []struct{ src, name, want string }{
		{"return x", "x", "       ^"},
		{"print(x)", "x", "      ^"},
		{"y = x + 1", "x", "    ^"},
		{`print("x", x)`, "x", "           ^"},
		{"x += 1", "x", "^"},
		{`print(f"{x}")`, "x", "         ^"},
		{"x", "x", ""},
		{"z = [xs, x]", "x", "         ^"},
		{"print(a.x, x)", "x", "           ^"},
	}
	for _, tt := range tests {
		got, _ := nameCaret(tt.src, msg(tt.name))
		if got != tt.want {
			t.Errorf("nameCaret(%q) = %q, want %q", tt.src, got, tt.want)
		}
	}
}
