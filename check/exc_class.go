package check

import "github.com/pyasync2go/pyasync2go/ast"

// Exception classes defined in the program. A class with methods
// (ExcStruct) has a Go struct embedding rt.Exc; a class without methods
// deriving from one shares its base's struct, only its class object
// differs.

// ExcData returns the exception class whose Go struct holds instances of
// ci: ci itself when it defines methods, else its nearest base that does.
// It returns nil when instances are plain *rt.Exc values.
func (ci *ClassInfo) ExcData() *ClassInfo {
	for ci != nil && !ci.Plain {
		if ci.ExcStruct {
			return ci
		}
		if ci.Base == nil {
			return nil
		}
		ci = ci.Base.Class
	}
	return nil
}

// ExcInit returns the __init__ that initializes instances of the
// exception class ci (its own or its data class's), or nil.
func (ci *ClassInfo) ExcInit() *Func {
	if d := ci.ExcData(); d != nil {
		return d.Init
	}
	return nil
}

// ExcField returns the attribute name of instances of the exception
// class ci, or nil.
func (ci *ClassInfo) ExcField(name string) *Var {
	if d := ci.ExcData(); d != nil {
		return d.Field(name)
	}
	return nil
}

// ExcSubclassField returns the nearest exception class derived from ci
// whose instances have the attribute name, or nil: only instances of it
// have the attribute, others raise AttributeError.
func (ci *ClassInfo) ExcSubclassField(name string) *ClassInfo {
	for _, s := range ci.ExcSubs {
		if s.ExcField(name) != nil {
			return s
		}
		if d := s.ExcSubclassField(name); d != nil {
			return d
		}
	}
	return nil
}

// addExcSub records sub as derived from the exception class ci.
func (ci *ClassInfo) addExcSub(sub *ClassInfo) {
	for _, s := range ci.ExcSubs {
		if s == sub {
			return
		}
	}
	ci.ExcSubs = append(ci.ExcSubs, sub)
}

// excMethodOK reports whether an exception class may define the method
// name: __init__, and __str__ and __repr__, which str() and repr() (and
// tracebacks, for __str__) use.
func excMethodOK(name string) bool {
	return name == "__init__" || name == "__str__" || name == "__repr__"
}

// excConstruct types the construction of an exception class whose
// instances a user __init__ initializes.
func (c *checker) excConstruct(ci *ClassInfo, e *ast.Call) {
	init := ci.ExcInit()
	c.userCall(init, e)
	if init.MayRaise {
		c.errorf(e.Pos, "unsupported: an exception __init__ that can raise")
	}
}
