use awsop::aws_operation;

#[aws_operation(service = 42, name = "ListTables")]
pub struct ListTables {}

fn main() {}
