package check

import "github.com/pyasync2go/pyasync2go/ast"

// isDataclass reports whether a class decorator is @dataclass or
// @dataclasses.dataclass, with or without options.
func isDataclass(d ast.Expr) bool {
	if call, ok := d.(*ast.Call); ok {
		d = call.Func
	}
	return isName(d, "dataclass") || isAttr(d, "dataclasses", "dataclass")
}

// dataclassOption reports whether the decorator sets option name to True.
func dataclassOption(d ast.Expr, name string) bool {
	call, ok := d.(*ast.Call)
	if !ok {
		return false
	}
	for _, k := range call.Keywords {
		if k.Arg == name {
			b, ok := k.Value.(*ast.Constant)
			return ok && b.Kind == ast.ConstBool && b.Value == true
		}
	}
	return false
}

// dataclassOptions checks the options of @dataclass(...): order= and
// frozen= are translated, eq=True and repr=True are the defaults.
func (c *checker) dataclassOptions(d ast.Expr) {
	call, ok := d.(*ast.Call)
	if !ok {
		return
	}
	if len(call.Args) > 0 {
		c.errorf(call.Pos, "dataclass() takes 0 positional arguments but %d were given", len(call.Args))
	}
	for _, k := range call.Keywords {
		b, isBool := k.Value.(*ast.Constant)
		if !isBool || b.Kind != ast.ConstBool {
			c.errorf(k.Pos, "unsupported: a dataclass option that is not True or False")
			continue
		}
		switch k.Arg {
		case "order", "frozen":
		case "eq", "repr", "init":
			if b.Value != true {
				c.errorf(k.Pos, "unsupported: dataclass option %s=False", k.Arg)
			}
		default:
			c.errorf(k.Pos, "unsupported: dataclass option %s=", k.Arg)
		}
	}
}
