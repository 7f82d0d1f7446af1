"""The stack of template.yaml on moto: template reading, the runtime, local sessions."""
