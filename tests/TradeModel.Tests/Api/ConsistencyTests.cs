using System.Reflection;
using System.Xml.Linq;

namespace TradeModel.Tests.Api;

/// <summary>Rules every public type of the library keeps, checked by reflection.</summary>
public sealed class ConsistencyTests
{
    private static readonly Type[] PublicStructs = typeof(Currency)
        .Assembly.GetExportedTypes()
        .Where(t => t.IsValueType && !t.IsEnum)
        .ToArray();

    public static TheoryData<Type> Structs() => new(PublicStructs);

    [Theory]
    [MemberData(nameof(Structs))]
    public void Every_public_struct_is_readonly(Type type) =>
        Assert.True(
            type.GetCustomAttributes().Any(a => a.GetType().Name == "IsReadOnlyAttribute"),
            $"{type} is not readonly"
        );

    public static TheoryData<Type> EquatableTypes() =>
        new(
            typeof(Currency)
                .Assembly.GetExportedTypes()
                .Where(t => t.GetInterfaces().Contains(typeof(IEquatable<>).MakeGenericType(t)))
        );

    [Theory]
    [MemberData(nameof(Structs))]
    public void Every_struct_is_equatable(Type type) =>
        Assert.Contains(typeof(IEquatable<>).MakeGenericType(type), type.GetInterfaces());

    [Theory]
    [MemberData(nameof(EquatableTypes))]
    public void Every_equatable_type_has_equality_operators(Type type)
    {
        Assert.NotNull(type.GetMethod("op_Equality", [type, type]));
        Assert.NotNull(type.GetMethod("op_Inequality", [type, type]));
    }

    [Theory]
    [MemberData(nameof(Structs))]
    public void The_default_value_of_every_struct_supports_equality_hashing_and_text(Type type)
    {
        var value = Activator.CreateInstance(type)!;

        Assert.True(value.Equals(Activator.CreateInstance(type)));
        _ = value.GetHashCode();
        Assert.False(string.IsNullOrEmpty(value.ToString()));
    }

    [Theory]
    [MemberData(nameof(Structs))]
    public void The_docs_of_every_struct_say_what_its_default_value_is(Type type)
    {
        var docs = XDocument.Load(Path.ChangeExtension(typeof(Currency).Assembly.Location, ".xml"));
        var member = docs.Descendants("member")
            .Single(m => (string?)m.Attribute("name") == $"T:{type.FullName}");

        Assert.Contains("default value", member.Value, StringComparison.OrdinalIgnoreCase);
    }

    public static TheoryData<Type> Enums() =>
        new(typeof(Currency).Assembly.GetExportedTypes().Where(t => t.IsEnum));

    [Theory]
    [MemberData(nameof(Enums))]
    public void Every_enum_is_written_to_json_by_name(Type type)
    {
        var first = Enum.GetValues(type).GetValue(0)!;

        Assert.Equal($"\"{first}\"", System.Text.Json.JsonSerializer.Serialize(first, type));
    }

    [Fact]
    public void Every_public_exception_derives_from_a_BCL_exception_callers_already_catch()
    {
        var exceptions = typeof(Currency)
            .Assembly.GetExportedTypes()
            .Where(t => typeof(Exception).IsAssignableFrom(t));

        Assert.All(
            exceptions,
            t =>
                Assert.True(
                    typeof(InvalidOperationException).IsAssignableFrom(t)
                        || typeof(ArgumentException).IsAssignableFrom(t)
                        || typeof(FormatException).IsAssignableFrom(t),
                    $"{t} derives from {t.BaseType}"
                )
        );
    }
}
